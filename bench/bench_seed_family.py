"""Seed-family documents, generated: does the comment furniture go, whatever its wrapping, and the article stay?

Usage: python bench/bench_seed_family.py [--documents N] [--seed S] [--against CHECKOUT] [--show] [--json OUT]

The model of a seed-family document (a TownNews/BLOX local-news page scraped to text, as
``fixtures/seed/chile_border.raw.txt``), drawn with a seeded random generator:

- **the article**: the seed's 13 article paragraphs, or the article lines of one realtext_dev
  document (its ``content`` lines of eight words or more: article sentences, as an AFP story's);
  one paragraph per line, each ending in a stray "Â" (a lost no-break space) with probability 0.4;
- **the comment furniture** after it: the site's comment policy (seven items, each a heading and a
  sentence: "Keep it Clean." ...), a comment counter ("(0) comments", "1 comment", "12 Comments"),
  "Welcome to the discussion.", "Log In" and "Sign Up", "Watch this discussion." or "Stop watching
  this discussion.", and with probability 0.5 the policy a second time, rendered again;
- **the policy's rendering**: hard-wrapped at a width drawn from 30-120 (``textwrap``, which breaks
  at hyphens too), one sentence per line, one item per line, or run into one line.

Families of variation, each scored apart. From ``reworded-6`` on, a family's wordings and the way its sites print
them live in a module of their own, ``seed_families/reworded_NN.py`` (its ``REWORDINGS_N`` and ``_items_N``;
:data:`seed_families.ITEMS` lists them): a new family is a new module, one line in ``ITEMS`` and its name last in
:data:`FAMILIES` (the families draw from one generator in that order, so each earlier family's documents stay
as they were).

- ``wrapped``, ``sentences``, ``items``, ``one-line``: the seed's own policy in each rendering. The
  notice's phrases and its heading rules (``cleantext.notices``) were written from these and
  from the seed.
- ``reworded``, ``reordered`` (**held out** from the first version of the rules): items reworded
  (``REWORDINGS``: other headings, longer or shorter sentences, curly quotes), or dropped (one to
  three) and shuffled. Written after the notice's first rules were fixed. The second and third
  changes to the rules came after ``reworded``'s figure (not its lines) was seen: it is held out
  for the first version only.
- ``reworded-2`` (``REWORDINGS_2``), written before the second change, judged it and the third;
  then its lines were looked at, and a fourth, small change came from them (the last item's
  reworded sentence after a heading): held out for the first three versions only.
- ``reworded-3`` (``REWORDINGS_3``), written before the third change: held out for the rules since
  (no rule was chosen by looking at it; its lines were not looked at). The pooled held-out figure is
  ``reordered`` with it.
- ``reworded-4`` (``REWORDINGS_4``, 2026-12-02), written before the fifth change (the notice found by
  its shape, ``Notice.topic``) from how other newspaper CMSs word such a policy, not from the notice's
  rules: other items, headings and sentences (three to eight items in a random order, a title above
  them with probability 0.3), British and American spelling, and the counter and login furniture
  after the policy, before it, or not there (probability 0.4). **Held out** for the fifth change: its
  figure was printed once before it and once after, and its lines were looked at only after that;
  once more after the gate on the word "comment" (``Notice.subject``, fixed before that run) for the
  gate's effect alone.
  ``reworded-3`` was not looked at for it either; ``reworded-2``'s lines were its design data.
- ``reworded-5`` (``REWORDINGS_5``, 2026-12-02), written before the sixth change from how news sites
  word and print comment guidelines, not from the rules nor from ``reworded-4``'s sentences: two to
  seven items, headings in title or sentence case or none, a title line (probability 0.4) and an
  opening sentence (0.3) above them, the furniture as for ``reworded-4``. **Held out** for the sixth
  change (a title line, an item without a heading in the run's first line): its figure printed once
  before it and once after; its lines looked at only after that. ``reworded-4``'s lines were the
  sixth change's design data; ``reworded-3`` and ``reordered`` were not looked at for it. Its lines
  were then design data of the seventh change, with ``reworded-4``'s.
- ``reworded-6`` (``REWORDINGS_6``, 2026-12-02), written before the next change to the notice, **held
  out** for it: from how news and magazine sites in the US, UK, Canada, Australia and India word and print
  comment policies, community guidelines or house rules under their articles, not from the rules nor from
  the other lists' sentences: two to eight items in a random order, each a heading (title or sentence
  case, a question, an imperative; printed with a stop, a colon or nothing after it) or none for the
  whole policy (probability 0.2), and one sentence or two; a title line (0.4), an opening sentence (0.3)
  and a closing one (0.25); British spelling, or American (0.5); the furniture as for ``reworded-4``.
  **Held out** for the seventh change (2026-12-02: headings in sentence case or a question, short
  sentences on the subject after a run's last item), designed from ``reworded-5``'s and ``reworded-4``'s
  missed lines only: its figure printed once before it (main's code) and once after, its lines not
  printed, not looked at.
- ``reworded-7`` (``REWORDINGS_7``, 2026-12-02), written before the next change to how the notice finds a
  comment policy, **held out** for it: from how local and regional newspaper and TV-station sites in the US,
  Canada, the UK, Australia, New Zealand and Ireland word and print comment policies, community guidelines,
  house rules and "before you post" notes under their articles, without reading the cleaner's code or
  reports, nor the other lists' sentences: fifteen item kinds (civility, abuse, hate speech, topic, spam, real
  names, language, the law and the courts, privacy, reporting, moderation, copyright, adding to the discussion,
  capitals, whose views), two to eight items (two with probability 0.15) in a random order; each site's way
  of printing them: a heading then a stop or nothing, or a colon or a dash and the sentence after it on the
  same line, headings in capitals (0.25), none (0.2, and 0.1 for any one item), or a whole short sentence;
  items numbered or bulleted (0.6); a site whose policy never says "comment" (0.3: "post", "contribution",
  "conversation" ...); a title line (0.35), an opening line (0.25), a closing line pointing to the full terms
  (0.35); the furniture as for ``reworded-4``. Its figure printed once before that change (main's code) and
  once after it; its lines not printed, not looked at. **Held out** for the eighth change (2026-12-02: a
  policy printed twice goes whole, ``cleantext.notice_twins``), designed from ``reworded-6``'s, ``reworded-5``'s
  and ``reworded-4``'s lines only: main's code F1 0.472, exact 0.035; the change's 0.788, exact 0.355.
- ``reworded-8`` (``REWORDINGS_8``, 2026-12-02), written before the next change to how the notice finds a
  comment policy, **held out** for it: from how TownNews/BLOX and similar CMS sites of US small-town dailies
  and weeklies, public broadcasters, magazines, and English-language news sites in South Africa, Singapore,
  the Philippines, Kenya, Pakistan and Jamaica word and print comment policies, community guidelines, house
  rules and "before you post" notes, without reading the cleaner's code or reports, nor the other lists'
  sentences: eighteen item kinds (courtesy, threats, hate, topic, spam, identity, language, the law and the
  courts, privacy, reporting, moderation, whose views, facts, length, English only, capitals, adding to the
  discussion, incitement), two or three items (probability 0.25) or four to nine, in a random order; each
  site's way of printing them: a heading then a stop or nothing, or a colon or a dash (spaced or not) and the
  sentence after it on the same line, headings as written, in title case or in capitals, none (0.2, and 0.1
  for any one item), or a whole short sentence; items numbered ("1." "1)" "(1)") or bulleted (7 in 9); curly
  quotes (0.3); a site whose policy never says "comment" (0.3); a title line (0.4), an opening line (0.25),
  a closing line pointing to the full terms (0.4); the furniture as for ``reworded-4``. Its figure printed
  once before that change (main's code) and once after it; its lines not printed, not looked at. **Held out**
  for the ninth change (2026-12-02: a policy printed once beside the comment box, ``cleantext.notice_box``),
  designed from ``reworded-4`` to ``reworded-7``'s lines: main's code (with the eighth change) F1 0.761, exact
  0.290; the change's 0.801, exact 0.350.
- ``reworded-9`` (``REWORDINGS_9``, 2026-12-02), written before the next change to how the notice finds a
  comment policy, **held out** for it: from how US metro dailies and alt-weeklies, sports and entertainment news
  sites, student newspapers, regional TV and radio station sites and community news sites word and print comment
  policies, community standards, house rules and "before you comment" boxes, without reading the cleaner's code
  or reports, nor the other lists' sentences: eighteen item kinds (civility, personal attacks and trolling, hate,
  topic, spam and self-promotion, language, threats, identity, privacy, trash talk about players, students and
  minors, accusations and the courts, reporting, moderation, spoilers, facts, owning one's words, capitals), two
  or three items (probability 0.25) or four to eight, in a random order; each site's way of printing them: a
  heading on its own line (then a stop, a colon or nothing) or before the sentence on the same line after a
  colon, a hyphen, an en or an em dash; headings as written, in title case or in capitals; none (0.2, and 0.1 for
  any one item), or headings only, as short rules (0.1); items numbered ("1." "1)") or bulleted ("•" "-" "*")
  (3 in 4); curly quotes (0.3); a site whose policy never says "comment" (0.3); a title line (0.4, in capitals
  0.3 of the time), an opening line (0.25), a closing line pointing to the full terms (0.4); the furniture as for
  ``reworded-4``. Its figure printed once before that change (main's code) and once after it; its lines not
  printed, not looked at. **Held out** for the tenth change (2026-12-02: a policy printed twice goes whether or
  not the page names comments), designed from ``reworded-4`` to ``reworded-8``'s lines: main's code F1 0.827,
  exact 0.420; the change's 0.858, exact 0.475.
- ``reworded-10`` (``REWORDINGS_10``, 2026-12-02), written before the next change to how the notice finds a
  comment policy, **held out** for it: from how national and regional newspapers in the UK, Ireland, Canada,
  Australia, New Zealand, India and South Africa, US newspaper chains' shared templates, business, technology and
  science publications, and faith, lifestyle and hobby magazines word and print comment policies, community
  standards, house rules and "before you comment" boxes, without reading the cleaner's code or reports, nor the
  other lists' sentences: seventeen item kinds (respect, personal attacks, the law (defamation, contempt of court),
  hate and discrimination, topic, advertising, declared interests, evidence and sources, privacy, one account and
  impersonation, adding something, language, moderation, reporting, charity towards other faiths, copyright,
  English only), two or three items (probability 0.25) or four to eight, in a random order; each site's way of
  printing them: a heading on its own line (then a stop, a colon or nothing) or before the sentence on the same
  line after a colon, a hyphen, an en or an em dash (0.5); headings as written or in capitals (0.25); none (0.2,
  and 0.1 for any one item); items numbered ("1." "1)" "(1)") or bulleted ("\u2022" "-" "*" "\u25aa") (7 in 9);
  curly quotes (0.3); a site whose policy never says "comment" (0.3); a title line (0.4, in capitals 0.3 of the
  time), an opening line (0.25), a closing line pointing to the full terms (0.4); the furniture as for
  ``reworded-4``, and the policy a second time (0.5) in a rendering drawn again. Its figure printed once before
  that change (main's code) and once after it; its lines not printed, not looked at. **Held out** for the eleventh
  change (2026-12-02: a policy printed last goes without a box), designed from ``reworded-4`` to ``reworded-9``:
  main's code F1 0.852, exact 0.465; the change's 0.880, exact 0.530.
- ``reworded-11`` (``REWORDINGS_11``, 2026-12-02), written before the next change to how the notice finds a
  comment policy, **held out** for it: from how hyperlocal and nonprofit newsrooms, public-media sites,
  wire-syndicated regional portals, outdoor and farm papers, automotive and gaming news sites, and opinion and
  letters-to-the-editor pages word and print comment policies, community standards, house rules and "before you
  comment" boxes, without reading the cleaner's code or reports, nor the other lists' sentences: sixteen item kinds
  (neighbourliness, ideas not people, topic, hate, privacy and doxxing, selling and classifieds, the law and game
  laws, spoilers and piracy, facts and sources, real names, moderation by a small staff, reporting, dangerous
  advice, language, donors' and sponsors' independence, length), two or three items (probability 0.3) or four to
  eight, in a random order; each site's way of printing them: a heading on its own line (then a stop, a colon or
  nothing) or before the sentence on the same line after a colon, a hyphen, an en or an em dash or a stop (0.5);
  headings in capitals (0.25); none (0.2, and 0.1 for any one item); items numbered ("1." "1)" "(1)") or bulleted
  ("\u2022" "-" "*" "\u25b8") (0.7); curly quotes (0.3); a site whose policy never says "comment" (0.3: "post",
  "reply", "forum" ...); a title line (0.4, in capitals 0.3 of the time), an opening line (0.25), a closing line
  pointing to the full terms (0.4); the furniture as for ``reworded-4``, and the policy a second time (0.5) in a
  rendering drawn again. Its figure printed once before that change (main's code) and once after it; its lines
  not printed, not looked at. **Held out** for the twelfth change (2026-12-02: items headed however they are
  printed; a policy printed last on any page), designed from ``reworded-4`` to ``reworded-10``: main's code F1
  0.827, exact 0.420; the change's 0.837, exact 0.455.
- ``reworded-12`` (``REWORDINGS_12``, 2026-12-02), written before the next change to how the notice finds a
  comment policy, **held out** for it: from how sites word and print comment policies, community guidelines,
  community standards, house rules and "before you comment" boxes, without reading the cleaner's code or reports,
  nor the other lists' sentences: the big comment platforms' default guideline texts as news sites embed them,
  English-language newspapers and magazines in Asia and Europe, university and alumni news, local government and
  police news pages with comments, and podcast and video pages. Twenty item kinds (respect, harassment and
  trolling, hate, racial and religious harmony, topic, spam and self-promotion, emergencies (not a way to reach the
  police), public record, individual cases and complaints, the law and the courts, English only, privacy,
  moderation, whose views, spoilers, adding something, copyright and piracy, identity, reporting, facts), two or
  three items (probability 0.3) or four to eight, in a random order; each site's way of printing them: a heading on
  its own line (then a stop, a colon or nothing) or before the sentence on the same line after a colon, a hyphen,
  an en or an em dash (5 in 7); headings in capitals (0.25); none (0.2, and 0.1 for any one item); items numbered
  ("1." "1)" "(1)" "1 -") or bulleted ("\u2022" "-" "*" "\u00b7" "\u25cb" "\u2713") (0.6); a site whose policy
  never says "comment" (0.3: "post", "reply", "contribution", "message"); a title line (0.4, in capitals 0.3 of
  the time), an opening line (0.25), a closing line pointing to the full terms (0.4); curly quotes (0.3); British
  spelling, or American (0.4); the furniture as for ``reworded-4``, and the policy a second time (0.5) in a
  rendering drawn again. Its figure printed once before that change (main's code) and once after it; its lines
  not printed, not looked at. **Held out** for a thirteenth change that was not adopted (2026-12-02: a policy
  without headings, and a closing line; docs/quality.md): main's code F1 0.854, exact 0.460; the change's the
  same. Scored once, it is design data from then on.
- ``reworded-13`` (``REWORDINGS_13``, 2026-12-03), written before the next change to how the notice finds a
  comment policy, **held out** for it: from how sites word and print discussion rules, posting guidelines and
  "before you post" boxes, without reading the cleaner's code or reports, nor the other lists' sentences: sports
  sites and team and fan blogs, regional TV and radio station sites, trade and professional journals (law,
  medicine, engineering, farming), obituary guestbooks, student newspapers, nonprofit and investigative newsrooms,
  and wire-service partner sites. Twenty item kinds (civility, athletes and coaches, rivalry banter, rumours,
  guestbook condolences, medical advice, patient and client confidentiality, legal advice and pending cases,
  declared interests, sales pitches, dangerous practices, tips to the newsroom, students and minors, wire stories,
  use on air, moderation, hate, real names and credentials, topic, reporting), two or three items (probability
  0.3) or four to eight, in a random order; each site's way of printing them: a heading on its own line (then a
  stop, a colon or nothing) or before the sentence on the same line after a colon, a hyphen, an en or an em dash
  or a stop (0.5); headings in capitals (0.25); none (0.2, and 0.1 for any one item), or headings only, as short
  rules (0.1 of the rest); items numbered ("1." "1)" "(1)" "1 -" "#1") or bulleted ("\u2022" "-" "*" "\u25cf"
  "\u25a0" "\u00bb" "\u2013") (0.6); curly quotes (0.3); a site whose policy never says "comment" (0.3: only its
  variants without the word); a title line (0.4, in capitals 0.3 of the time), an opening line (0.25), a closing
  line pointing to the full terms (0.4); the furniture as for ``reworded-4``, and the policy a second time (0.5)
  in a rendering drawn again. Its figure printed once before that change (main's code: F1 0.831, exact 0.420)
  and once after it; its lines not printed, not looked at. **Held out** for the fourteenth change (2026-12-03: a
  list's marks as sites print them), designed from ``reworded-4`` to ``reworded-12``: the change's F1 0.837, exact
  0.435.
- ``reworded-14`` (``REWORDINGS_14``, 2026-12-03), written before the next change to how the notice finds a
  comment policy, **held out** for it: from how sites word and print comment policies, discussion rules, posting
  guidelines and "before you post" boxes, without reading the cleaner's code or reports, nor the other lists'
  sentences: English-language papers outside the US and UK (India, Australia, South Africa, Ireland, Canada,
  Singapore, the Philippines, Nigeria, Kenya), film, music, book and food sites, science and health news, tech
  news and product-review sites, city and hyperlocal blogs, religious and community papers, and council and
  school news pages. Twenty-one item kinds (respect, hate (race, religion, caste, tribe), topic, the law
  (defamation, sub judice), privacy of readers' data, moderation delays, closing an account, advertising and
  self-promotion, errors to the newsroom, health and science claims, spoilers, identity, language, English only,
  flagging abuse, whose views, other faiths, not a service request, pupils and minors, declared interests,
  accuracy), two or three items (probability 0.3) or four to eight, in a random order; each site's way of
  printing them: a heading on its own line (then a stop, a colon or nothing) or before the sentence on the same
  line after a colon, a hyphen, an en or an em dash (0.5; a question heading then a space); headings in capitals
  (0.25); none (0.2, and 0.1 for any one item, so that a list mixes items with and without headings); items
  numbered ("1." "1)" "(1)" "1 -" "Rule 1:" "1:") (0.3) or bulleted ("\u2022" "-" "*" "\u2013" "\u25ba"
  "\u2666" "\u25e6" ">") (0.3); a site whose policy never says "comment" (0.3: only its variants without the
  word); an opening line (0.25), a closing line pointing to the full terms or a contact address (0.4), a title
  line (0.4, in capitals 0.3 of the time); curly quotes (0.3); the furniture as for ``reworded-4``, and the
  policy a second time (0.5) in a rendering drawn again. Its figure printed once before that change (main's
  code: F1 0.843, exact 0.475) and once after it; its lines not printed, not looked at. **Held out** for the
  fifteenth change (2026-12-03: an item's marks and words read as one list prints them), designed from
  ``reworded-4`` to ``reworded-13``: the change's F1 0.854, exact 0.495 (scored twice: a first version, F1 0.860,
  failed two of the suite's stay-cases; the part that failed them was taken out, docs/quality.md).
- ``reworded-15`` (``REWORDINGS_15``, 2026-12-03), written before the next change to how the notice finds a
  comment policy, **held out** for it: from how sites word and print comment policies, discussion rules, posting
  guidelines and "before you post" boxes, without reading the cleaner's code or reports, nor the other lists'
  sentences: small-town and rural-county papers, alt-weeklies, business and finance news, motoring and travel
  sites, parenting and lifestyle sites, gaming and esports news, outdoor, hunting and fishing sites, and public
  broadcasters' regional pages. Twenty item kinds (neighbourliness, topic, accusations and private citizens, hate,
  privacy of readers' data, moderation delays, deleting an account, advertising and selling, errors to the
  newsroom, investment advice and declared positions, reckless driving, children's details and parenting,
  spoilers, cheats and esports banter, game laws and private land, use on air, travel tips and bookings, sharp
  opinion without cruelty, language, flagging abuse, real names and one account), two or three items
  (probability 0.3) or four to eight, in a random order; each site's way of printing them: a heading on its own
  line (then a stop, a colon or nothing) or before the sentence on the same line after a colon, a hyphen, an en
  or an em dash (0.5; a question heading then a space); headings in capitals (0.25); none (0.2, and 0.15 for any
  one item, so that a list mixes items with and without headings); items numbered ("1." "1)" "(1)" "1 -" "1:"
  "No. 1") (0.3) or bulleted ("\u2022" "-" "*" "\u25aa" "\u2192" "\u2714" "\u25c6" "o") (0.3); a site whose
  policy never says "comment" (0.3: only its variants without the word); an opening line (0.25), a closing line
  pointing to the full terms or a contact address (0.4), a title line (0.4, in capitals 0.3 of the time); curly
  quotes (0.3); the furniture as for ``reworded-4``, and the policy a second time (0.5) in a rendering drawn
  again. Its figure printed once before that change (main's code: F1 0.822, exact 0.430) and once
  after it; its lines not printed, not looked at. **Held out** for the sixteenth change (2026-12-03: a rule's
  words count as the subject where the notice's place or shape tells it), designed from ``reworded-4`` to
  ``reworded-14``: the change's F1 0.835, exact 0.460.
- ``reworded-16`` (``REWORDINGS_16``, 2026-12-03), written before the next change to how the notice finds a
  comment policy, **held out** for it: from how sites word and print comment policies, discussion rules, posting
  guidelines and "before you post" boxes, without reading the cleaner's code or reports, nor the other lists'
  sentences: national papers' opinion and letters pages, investigative and data-journalism outlets, university and
  alumni magazines, regional business journals, local sports club and league sites, weather and emergency pages,
  arts and theatre reviews, and podcast and video pages. Twenty-three item kinds (arguing with the argument,
  sources and data, tips and documents to the newsroom, not for emergencies, official warnings only, referees and
  volunteers, junior players, spoilers, reviewing the work not the performers, podcast guests and the mailbag,
  classmates and faculty, declared interests, market rumours, privacy of readers' data, moderation delays, closing
  an account, advertising, errors to the newsroom, hate, length and letters to the editor, one account, flagging,
  editors' discretion and closed threads), two or three items (probability 0.3) or four to eight, in a random
  order; each site's way of printing them: a heading on its own line (then a stop, a colon or nothing) or before
  the sentence on the same line after a colon, a hyphen, an en or an em dash or a stop (0.5; a question heading
  then a space); headings in capitals (0.25); none (0.2, and 0.15 for any one item, so that a list mixes items
  with and without headings), or headings only, as short rules (0.1 of the rest); items numbered ("1." "1)" "(1)"
  "1 \u2013" "Rule 1." "[1]") (0.3) or bulleted ("\u2022" "-" "*" "\u2013" "\u25cf" "\u203a" "+" "\u25a1")
  (0.3); a site whose policy never says "comment" (0.3: only its variants without the word); an opening line
  (0.25), a closing line pointing to the full terms or a contact address (0.4), a title line (0.4, in capitals
  0.3 of the time); curly quotes (0.3); the furniture as for ``reworded-4``, and the policy a second time (0.5)
  in a rendering drawn again. Its figure printed once before that change (main's code: F1 0.772, exact
  0.375) and once after it; its lines not printed, not looked at. **Held out** for the seventeenth change
  (2026-12-03: a rule's words printed last, an item headed by words beside the box), designed from
  ``reworded-4`` to ``reworded-15``: the change's F1 0.786, exact 0.395.
- ``reworded-17`` (``REWORDINGS_17``, 2026-12-03), written before the next change to how the notice finds a
  comment policy, **held out** for it: from how sites word and print comment policies, discussion rules, posting
  guidelines and "before you post" boxes, without reading the cleaner's code or reports, nor the other lists'
  sentences: hyperlocal neighbourhood and village sites, faith papers, ethnic-community and diaspora outlets,
  trade and professional magazines (law, medicine, engineering, farming), student papers, wire-service partner
  pages, parenting and family sites, outdoor, hunting and fishing magazines, and motoring sites. Thirty-three item
  kinds (neighbourliness, other faiths, posting in English, hate and stereotypes, legal advice, clinical advice,
  declared interests, confidential cases, market rumours, selling stock and machinery, the student press's
  independence, fellow students, wire partner stories, children's privacy, parent-shaming, health claims, game
  laws, fishing spots, harvest photos, dealers, street racing, privacy of readers' data, moderation delays,
  deleting an account, advertising, errors to the newsroom, civility, topic, flagging, real names, one account,
  copying, licence to publish), two or three items (probability 0.3) or four to nine, in a random order; each
  site's way of printing them: a heading on its own line (then a stop, a colon or nothing) or before the sentence
  on the same line after a colon, a hyphen, an en or an em dash (0.5; a question heading then a space); headings
  in capitals (0.25); none (0.2, and 0.15 for any one item, so that a list mixes items with and without
  headings); items numbered ("1." "1)" "#1" "(1)" "1 -" "1:") (0.3) or bulleted ("\u2022" "-" "*" "\u00b7"
  "\u25ba" "\u2713" ">" "\u25e6") (0.3); a site whose policy never says "comment" (0.3: only its variants without
  the word); an opening line (0.25), a closing line pointing to the full terms or a contact address (0.4), a
  title line (0.4, in capitals 0.3 of the time); curly quotes (0.3); the furniture as for ``reworded-4``, and the
  policy a second time (0.5) in a rendering drawn again. Its figure printed once before that change (main's
  code: F1 0.863, exact 0.530) and once after it; its lines not printed, not looked at. **Held out** for the
  eighteenth change (2026-12-03: the page's last text printed twice, whatever it says; a policy under a title that
  names it), designed from ``reworded-4`` to ``reworded-16``: the change's F1 0.919, exact 0.670 (and 0.925, exact
  0.675, on its final code, which reads less for speed: a second look, after the decision).
- ``reworded-18`` (``REWORDINGS_18``, 2026-12-03), written before the next change to how the notice finds a
  comment policy, **held out** for it: from how sites word and print comment policies, discussion rules, posting
  guidelines and "before you post" boxes, without reading the cleaner's code or reports, nor the other lists'
  sentences: English-language national broadsheets and tabloids in Asia, Africa, the Caribbean and Oceania,
  technology and gadget review sites, personal-finance and consumer-advice sites, health and wellness
  publications, food and restaurant guides, gaming and esports news, music and entertainment magazines, science
  and nature publications, and municipal and public-library news pages. Twenty-seven item kinds (courtesy, race,
  religion, tribe and royalty, the law (defamation, sedition, contempt, cybercrime acts), election periods,
  piracy and leaks, not a help desk, brand and platform wars, not financial advice and declared holdings, scams
  and account details, not medical advice, sensitive topics and crisis lines, honest restaurant reviews,
  spoilers and leaks, cheats and account trading, the work not the performer, evidence and sources, service
  requests and public records, privacy of readers' data, moderation delays, deleting an account, advertising and
  affiliate links, errors to the newsroom, language (English, Patois, Pidgin), flagging, one account and
  impersonation, young readers, when comments close), two or three items (probability 0.3) or four to nine, in
  a random order; each site's way of printing them: a heading on its own line (then a stop, a colon or nothing)
  or before the sentence on the same line after a colon, a hyphen, an en or an em dash or a stop (0.5; a
  question heading then a space); headings in capitals (0.25); none (0.2, and 0.15 for any one item, so that a
  list mixes items with and without headings); items numbered ("1." "1)" "(1)" "1:" "1 -" "[1]") (0.3) or
  bulleted ("\u2022" "-" "*" "\u2023" "\u25aa" "\u27a4" "\u2013" "\u00bb") (0.3); a site whose policy never
  says "comment" (0.3: only its variants, title, opening and closing lines without the word); an opening line
  (0.25), a closing line pointing to the full terms or a contact address (0.4), a title line (0.4, in capitals
  0.3 of the time); curly quotes (0.3); the furniture as for ``reworded-4``, and the policy a second time (0.5)
  in a rendering drawn again. Its figure printed once before that change (main's code:
  F1 0.915, exact 0.540; 0.938, exact 0.655, on main's code after the eighteenth change) and once after it; its
  lines not printed, not looked at. **Held out** for the nineteenth change (2026-12-03: a titled policy's items
  measured without their headings; a closing line that names the policy), designed from ``reworded-4`` to
  ``reworded-17``: the change's F1 0.942, exact 0.675.
- ``reworded-19`` (``REWORDINGS_19``, 2026-12-03), written before the next change to how the notice finds a
  comment policy, **held out** for it: from how sites word and print comment policies, discussion rules, posting
  guidelines and "before you post" boxes, without reading the cleaner's code or reports, nor the other lists'
  sentences: Canadian and Irish regional dailies, US public-radio station sites, Black and Hispanic community papers
  (English-language), LGBTQ+ news sites, veterans' and military-family publications, real-estate and housing news,
  education and teachers' publications, religious-affairs and ethics magazines, travel and aviation news, and
  newspapers' crossword, puzzle and games pages. Twenty-eight item kinds (respect, hate, names, pronouns and outing,
  operational security, the fallen and grieving families, listings and solicitations, private homes and tenants,
  pupils and teachers, other faiths and preaching, crashes and victims, not a customer-service desk, puzzle
  spoilers, setters and errors in the grid, use on air, campaigning, the law (defamation, contempt, publication
  bans), English and French or Spanish, profanity, topic, privacy of readers' data, moderation delays, closing an
  account, advertising, errors to the newsroom, flagging, one account and impersonation, immigration status, spam
  and links), two or three items (probability 0.3) or four to nine, in a random order; each site's way of printing
  them: a heading on its own line (then a stop, a colon or nothing) or before the sentence on the same line after a
  colon, a hyphen, an en or an em dash (0.5; a question heading then a space); headings in capitals (0.25); none
  (0.2, and 0.15 for any one item, so that a list mixes items with and without headings); items numbered ("1."
  "1)" "(1)" "1:" "1 \u2014" "#1") (0.3) or bulleted ("\u2022" "-" "*" "\u25cf" "\u25aa" "\u2713" "\u2192"
  "\u25b6") (0.3); a site whose policy never says "comment" (0.3: only its variants, title, opening and closing
  lines without the word); an opening line (0.25), a closing line pointing to the full terms or a contact address
  (0.4), a title line (0.4, in capitals 0.3 of the time); curly quotes (0.3); the furniture as for
  ``reworded-4``, and the policy a second time (0.5) in a rendering drawn again. Its figure printed once before
  that change (main's code before the nineteenth change: F1 0.817, exact 0.470; 0.847, exact 0.510, on main's
  code after it) and once after it; its lines not printed, not looked at. **Held out** for the twentieth change
  (2026-12-03: a policy hard-wrapped by its box's template after an article printed a paragraph a line), designed
  from ``reworded-4`` to ``reworded-18``: the change's F1 0.886, exact 0.555.
- ``reworded-20`` (``REWORDINGS_20``, 2026-12-03), written before the next change to how the notice finds a
  comment policy, **held out** for it: from how sites word and print comment policies, discussion rules, posting
  guidelines and "before you post" boxes, without reading the cleaner's code or reports, nor the other lists'
  sentences: Scottish, Welsh and Northern English local papers, New Zealand and South African news sites, US county
  weeklies in the Midwest and South, Catholic, Jewish and Muslim community papers (English-language), marine,
  boating and coastal-town sites, aviation and drone hobby magazines, comic-book and fandom news, legal-affairs and
  court-reporting blogs, and transit and cycling advocacy news. Twenty-five item kinds (civility, hate and
  sectarianism, live court cases and contempt, suppression orders, defamation, other faiths and preaching, safety
  on the water, rescues and losses at sea, airspace and drone rules, crashes and incidents, spoilers, piracy and
  leaks, harassing creators and fans, road users, service complaints to the operator or council, election
  endorsements and campaigners, languages (Welsh, te reo M\u0101ori, Afrikaans, Scots and Gaelic), privacy of
  readers' data, moderation delays, closing an account, advertising and classifieds, errors to the newsroom,
  flagging, real names and one account, the editor's discretion), two or three items (probability 0.3) or four to
  nine, in a random order; each site's way of printing them: a heading on its own line (then a stop, a colon or
  nothing) or before the sentence on the same line after a colon, a hyphen, an en or an em dash (0.5; a question
  heading then a space); headings in capitals (0.25); none (0.2, and 0.15 for any one item, so that a list mixes
  items with and without headings); items numbered ("1." "1)" "(1)" "1 -" "1:" "Rule 1:") (0.3) or bulleted
  ("\u2022" "-" "*" "\u25aa" "\u2013" "\u25e6" "\u2192" "+") (0.3); a site whose policy never says "comment" (0.3:
  only its variants, title, opening and closing lines without the word); an opening line (0.25), a closing line
  pointing to the full terms or a contact address (0.4), a title line (0.4, in capitals 0.3 of the time); curly
  quotes (0.3); the furniture as for ``reworded-4``, and the policy a second time (0.5) in a rendering drawn
  again. Its figure printed once before that change (main's code: F1 0.938, exact 0.710) and once after it; its
  lines not printed, not looked at. **Held out** for the twenty-first change (2026-12-03: an item measured without
  its number and heading wherever a policy is read), designed from ``reworded-4`` to ``reworded-19``: the change's
  F1 0.952, exact 0.740.
- ``reworded-21`` (``REWORDINGS_21``, 2026-12-03), written before the next change to how the notice finds a
  comment policy, **held out** for it: from how sites word and print comment policies, discussion rules, posting
  guidelines and "before you post" boxes, without reading the cleaner's code or reports, nor the other lists'
  sentences: Australian regional and state papers, Indian and Pakistani English-language dailies, Gulf and Middle
  East English-language news, Nigerian, Kenyan and Ghanaian papers, US fact-checking sites, astronomy and space
  news, pet and animal-welfare sites, genealogy and local-history societies, home, garden and DIY magazines, and
  chess, bridge and board-game columns. Thirty-one item kinds (courtesy, communal and caste harmony, tribalism,
  local laws, cases before the courts, defamation, First Nations readers, sources and evidence, debunked claims and
  conspiracy theories, observing reports and astrophotos, topic, selling and rehoming animals, veterinary advice,
  cruelty images, living persons, records and sources in family history, DIY safety, products and brands, puzzle
  and problem spoilers, engine analysis, errors to the editor or newsroom, English only, scams and phone numbers,
  election campaigning, privacy of readers' data, moderation delays, closing an account, advertising, reporting a
  post, one account and impersonation, the editor's discretion), two or three items (probability 0.3) or four to
  nine, in a random order; each site's way of printing them: a heading on its own line (then a stop, a colon or
  nothing) or before the sentence on the same line after a colon, a hyphen, an en or an em dash (0.5; a question
  heading then a space); headings in capitals (0.25); none (0.2, and 0.15 for any one item, so that a list mixes
  items with and without headings); items numbered (0.3: "1." "1)" "(1)" "1.-", roman "(i)" "i)" "i." or
  lettered "(a)" "a)" "a.") or bulleted (0.3: "\u2022" "-" "*" "\u27a2" "\u25a0" "\u2714" "\u25e6" "o"); a site
  whose policy never says "comment" (0.3: only its variants, title, opening and closing lines without the word);
  an opening line (0.25), a closing line pointing to the full terms or a contact address (0.4), a title line (0.4,
  in capitals 0.3 of the time); curly quotes (0.3); the furniture as for ``reworded-4``, and the policy a second
  time (0.5) in a rendering drawn again. Its figure printed once before that change (main's code: F1 0.952, exact
  0.720) and once after it; its lines not printed, not looked at. Scored for a change that left it as it was (a
  heading on a line of its own: 0.952, exact 0.720; not adopted), then **held out** for the twenty-second change
  (2026-12-03: a hard-wrapped policy's items measured without their headings), designed from ``reworded-4`` to
  ``reworded-20``: the change's F1 0.954, exact 0.725.
- ``reworded-22`` (``REWORDINGS_22``, 2026-12-03), written before the next change to how the notice finds a
  comment policy, **held out** for it: from how sites word and print comment policies, discussion rules, posting
  guidelines and "before you post" boxes, without reading the cleaner's code or reports, nor the other lists'
  sentences: Irish and Scottish GAA and football club sites, Caribbean and Pacific island papers, Singapore and
  Malaysian English-language news, Filipino community papers, US state-capitol and politics newsletters, wine, beer
  and spirits magazines, photography and camera-review sites, running and cycling clubs, architecture and design
  magazines, and open-source project news pages. Twenty-eight item kinds (respect, referees and match officials,
  sectarianism, racial and religious harmony, the law (sedition, cybercrime, defamation, court cases), storm and
  emergency rumours, language (English, Filipino and Taglish, Creole), campaigning, declared interests (lobbyists,
  staffers, the drinks trade), drinking age and drinking responsibly, buying and selling, image rights and copying,
  camera brand wars, routes and road safety, the work not the designer, a project's code of conduct, bugs and
  support questions, security reports, topic, spam and links, privacy of readers' data, moderation delays, deleting
  an account, advertising and sponsored posts, errors to the newsroom, flagging, one account and real names, the
  moderators' discretion), two or three items (probability 0.3) or four to nine, in a random order; each site's way
  of printing them: a heading on its own line (then a stop, a colon or nothing) or before the sentence on the same
  line after a colon, a hyphen, an en or an em dash (0.5; a question heading then a space); headings in capitals
  (0.25); none (0.2, and 0.15 for any one item, so that a list mixes items with and without headings); items
  numbered (0.3: "1." "1)" "(1)" "1 -" "No. 1" "[1]") or bulleted (0.3: "\u2022" "-" "*" "\u2013" "\u25aa"
  "\u203a" "\u25cb" "+"); one sentence or two per item; few items say "comment" (a site that never says it, 0.3:
  only its variants, title, opening and closing lines without the word); an opening line (0.25), a closing line
  pointing to the full terms or a contact address (0.4), a title line (0.4, in capitals 0.3 of the time); American
  spelling (0.4); curly quotes (0.3); the furniture as for ``reworded-4``, and the policy a second time (0.5) in a
  rendering drawn again. Its figure printed once before that change (main's code: F1 0.959, exact 0.755) and once
  after it; its lines not printed, not looked at. Scored for a change that left it as it was (longer items printed
  twice at the page's end: 0.959, exact 0.755; not adopted); held out after it, 0.962, exact 0.760 with the five
  changes after it, not designed on it; scored once more, for the next change (a dash that begins a line as a
  bullet: 0.963, exact 0.765; adopted); design data from then on.
- ``reworded-23`` (``REWORDINGS_23``, 2026-12-03), written before the next change to how the notice finds a
  comment policy, **held out** for it: from how sites word and print comment policies, discussion rules, posting
  guidelines and "before you post" boxes, without reading the cleaner's code or reports, nor the other lists'
  sentences: Welsh- and Gaelic-area community sites, Alaskan and northern Canadian papers, Native and First Nations
  news outlets (English-language), Hong Kong and Taiwanese English-language news, parish and town-council
  newsletters, horse-racing and equestrian sites, model-railway and hobby-electronics magazines, wedding and events
  sites, tech-support forums attached to news sites, and local radio station news pages. Thirty-one item kinds
  (courtesy, Welsh and Gaelic beside English, Elders and sacred knowledge, naming the dead and grieving families,
  racism and stereotypes, searches and rescues on the land and ice, traplines and harvest disputes, local laws
  (national security, defamation, contempt), cross-strait slurs, faults to the council not the thread, councillors
  and volunteers, tipsters and responsible gambling, jockeys, trainers and stewards, horse welfare and images of
  fallers, mains and battery safety, copied plans and schematics, buying and selling, supplier reviews, other
  people's weddings and children, passwords and serial numbers, searching before posting and marking a fix,
  posts read on air and requests to the studio, privacy of readers' data, moderation delays, closing an account,
  advertising and self-promotion, errors to the newsroom, reporting a post, one account and impersonation, topic,
  the moderators' final say), two or three items (probability 0.3) or four to nine, in a random order; each site's
  way of printing them: a heading on its own line (then a stop, a colon or nothing) or before the sentence on the
  same line after a colon, a hyphen, an en or an em dash (0.5; a question heading then a space); headings in
  capitals (0.25); none (0.2, and 0.15 for any one item, so that a list mixes items with and without headings);
  items numbered (0.3: "1." "1)" "(1)" "1 -" "1:" "Rule 1.") or bulleted (0.3: "\u2022" "-" "*" "\u2013" "\u25aa"
  "\u25ba" "\u25c6" "\u2713"); one sentence or two per item; few items say "comment" (a site that never says it,
  0.3: only its variants, title, opening and closing lines without the word); an opening line (0.25), a closing
  line pointing to the full terms or a contact address (0.4), a title line (0.4, in capitals 0.3 of the time);
  American spelling (0.4); curly quotes (0.3); the furniture as for ``reworded-4``, and the policy a second time
  (0.5) in a rendering drawn again. Its figure printed once before that change (main's code: F1 0.960, exact
  0.720) and once after it (a policy printed last read past its numbers, under its title and from its opening line:
  0.965, exact 0.750; adopted); design data from then on.
- ``reworded-24`` (``REWORDINGS_24``, 2026-12-03), written before the next change to how the notice finds a
  comment policy, **held out** for it: from how sites word and print comment policies, discussion rules, posting
  guidelines and "before you post" boxes, without reading the cleaner's code or reports, nor the other lists'
  sentences: Maltese, Cypriot and Gibraltar English-language papers, Sri Lankan and Bangladeshi English-language
  dailies, Zimbabwean, Zambian and Ugandan news sites, US tribal-college and small-college town papers, Great Lakes
  and river-town weeklies, cooperative and credit-union member news, library and museum blogs, chess, bridge and
  board-game news, birdwatching and nature-reserve sites, classic-car and motorcycle club sites, and podcast
  networks' show-notes pages. Thirty item kinds (courtesy, the language of posts, tribal, regional and religious
  hatred, the law (defamation, courts, sub judice), rumours and unconfirmed reports, ceremonies and cultural
  knowledge, students and minors, water, ice and river levels, members' account details, not financial advice,
  board elections, questions about a collection, images and copyright, fair play and cheating allegations, spoilers
  and puzzle solutions, sensitive species and nest sites, access to a reserve, buying and selling, technical advice
  at one's own risk, hosts and guests, topic, spam and self-promotion, privacy of readers' data, moderation delays,
  closing an account, advertising and sponsored episodes, errors to the newsroom, reporting a post, one account and
  real names, the moderators' final say), two or three items (probability 0.3) or four to nine, in a random order;
  each site's way of printing them: a heading on its own line (then a stop, a colon or nothing) or before the
  sentence on the same line after a colon, a hyphen, an en or an em dash (0.5; a question heading then a space);
  headings in capitals (0.25); none (0.2, and 0.15 for any one item, so that a list mixes items with and without
  headings); items numbered (0.3: "1." "1)" "(1)" "1 -" "1:" "[1]") or bulleted (0.3: "\u2022" "-" "*" "\u2013"
  "\u25aa" "\u2023" "\u25cf" "\u00bb"); one sentence or two per item; few items say "comment" (a site that never
  says it, 0.3: only its variants, title, opening and closing lines without the word); an opening line (0.25), a
  closing line pointing to the full terms or a contact address (0.4), a title line (0.4, in capitals 0.3 of the
  time); American spelling (0.4); curly quotes (0.3); the furniture as for ``reworded-4``, and the policy a second
  time (0.5) in a rendering drawn again. Its figure printed once before that change (main's code: F1 0.943, exact
  0.715; 0.951, exact 0.745 with the change it was written before, not designed on it) and once after it (longer
  items under a title, "Rule 4." numbers, half the headed items on the subject: 0.955, exact 0.755; adopted); design
  data from then on.
- ``reworded-25`` (``REWORDINGS_25``, 2026-12-03), written before the next change to how the notice finds a
  comment policy, **held out** for it: from how sites word and print comment policies, discussion rules, posting
  guidelines and "before you post" boxes, without reading the cleaner's code or reports, nor the other lists'
  sentences: Icelandic, Nordic and Baltic English-language news sites, Nepali and Bhutanese English-language papers,
  Fijian, Samoan and Papua New Guinean papers, US rural electric-cooperative magazines, Mennonite and Amish-country
  community newsletters, fire-department and EMS news pages, ski-resort and mountain-rescue sites, knitting, quilting
  and craft forums, aquarium and reptile hobby sites, comics and animation news, and university sports-information
  pages. Twenty-nine item kinds (courtesy, ideas not people, hate (caste, clan, island, ethnicity), the law
  (defamation, courts, electronic-transactions law), the language of posts, chiefs, custom and national
  institutions, victims and their families, not a way to report an emergency or an outage, snow, avalanche and
  out-of-bounds terrain, searches and rescues, patterns and copyright, buying and selling, animal-care advice not a
  vet's, protected and invasive species, spoilers and leaks, creators and crews, student-athletes and recruiting
  rules, members' bills and accounts, campaigning in board and public elections, Plain neighbours' photographs and
  preaching, privacy of readers' data, moderation delays, closing an account, advertising and self-promotion, errors
  to the newsroom, reporting a post, one account and real names, topic, the moderators' final say), two or three
  items (probability 0.3) or four to nine, in a random order; each site's way of printing them: a heading on its
  own line (then a stop, a colon or nothing) or before the sentence on the same line after a colon, a hyphen, an en
  or an em dash (0.5; a question heading then a space); headings in capitals (0.25); none (0.2, and 0.15 for any
  one item, so that a list mixes items with and without headings); items numbered (0.3: "1." "1)" "(1)" "1 -" "#1"
  "1:") or bulleted (0.3: "\u2022" "-" "*" "\u25e6" "\u25b8" "\u2219" "\u2756" "+"); one sentence or two per
  item; few items say "comment" (a site that never says it, 0.3: only its variants, title, opening and closing
  lines without the word); an opening line (0.25), a closing line pointing to the full terms or a contact address
  (0.4), a title line (0.4, in capitals 0.3 of the time); American spelling (0.4); curly quotes (0.3); the
  furniture as for ``reworded-4``, and the policy a second time (0.5) in a rendering drawn again. Its figure
  printed once before that change (main's code: F1 0.971, exact 0.735, before and after round 49) and once after it
  (sentence-case headings, more bullets, titles that put the rules first: 0.972, exact 0.740; adopted); design data
  from then on.
- ``reworded-26`` (``REWORDINGS_26``, 2026-12-03), written before the next change to how the notice finds a
  comment policy, **held out** for it: from how sites word and print comment policies, discussion rules, posting
  guidelines and "before you post" boxes, without reading the cleaner's code or reports, nor the other lists'
  sentences: bilingual Welsh-area council and Scottish island papers, Luxembourg, Belgian and Swiss English-language
  news, Ethiopian, Rwandan and Tanzanian English-language papers, Guyanese, Belizean and Bahamian news sites, US
  Appalachian and Ozark county papers, union and trade-association newsletters, theatre and opera reviews, cricket
  and rugby fan sites, genealogy-society bulletins, solar and home-energy blogs, and campus radio and student TV
  news pages. Thirty-three item kinds (courtesy, the language of posts (English or Welsh; four languages), ethnic
  and tribal hatred and divisionism, live court cases and contempt, defamation, campaigning in public and union
  elections, performers and the production, spoilers, umpires and referees, players' families, betting and
  match-fixing, ticket touting, living people in family trees, citing sources, scans, transcriptions and copyright,
  installers and quotes, electrical safety, student journalists, requests and dedications, workplace disputes,
  storms and official warnings, obituaries and guestbooks, personal attacks, topic, spam and links, privacy of
  readers' data, moderation delays, closing an account, advertising, errors to the newsroom, reporting a post, one
  account and real names, the moderators' final say), two or three items (probability 0.3) or four to nine, in a
  random order; each site's way of printing them: a heading on its own line (then a stop, a colon or nothing) or
  before the sentence on the same line after a colon, a hyphen, an en or an em dash (0.5; a question heading then
  a space); headings in capitals (0.25); none (0.2, and 0.15 for any one item, so that a list mixes items with and
  without headings); items numbered (0.3: "1." "1)" "(1)" "1 \u2013" "1:" "Rule 1:", or "i." "i)" "(i)" 0.2 of
  the time) or bulleted (0.3: "\u2022" "-" "*" "\u2014" "\u25cf" "\u2192" "\u203a" "\u00b7"); one sentence or two
  per item; few items say "comment" (a site that never says it, 0.3: only its variants, title, opening and closing
  lines without the word); an opening line (0.25), a closing line pointing to the full terms or a contact address
  (0.4), a title line (0.4, bilingual Welsh and English sometimes, in capitals 0.3 of the time); American
  spelling (0.4); curly quotes (0.3); the furniture as for ``reworded-4``, and the policy a second time (0.5) in a
  rendering drawn again. Its figure printed once before that change (main's code: F1 0.975, exact 0.755; 0.976, exact 0.760
  with the change it was written before, not designed on it) and once after it (numbers ending with a colon, a small
  "o" as a bullet: 0.977, exact 0.765; adopted); design data from then on.
- ``reworded-27`` (``REWORDINGS_27``, 2026-12-03), written before the next change to how the notice finds a
  comment policy, **held out** for it: from how sites word and print comment policies, discussion rules, posting
  guidelines and "before you post" boxes, without reading the cleaner's code or reports, nor the other lists'
  sentences: Cornish and Manx community sites, Faroese and Greenlandic English-language news, Mongolian and Kazakh
  English-language papers, Papua and Solomon Islands radio news, Puerto Rican and US Virgin Islands papers, US Great
  Plains farm-town weeklies, volunteer fire-company and lifeboat-station newsletters, model-aircraft and drone
  clubs, tabletop-gaming and miniature-painting news, folk-music and bluegrass festival sites, vintage-computing
  blogs, and food-bank and charity news pages. Twenty-three item kinds (courtesy, topic, personal attacks, the
  language of posts, rescues and callouts, drones and the law, crediting painters and spoilers, tickets and
  sales, recordings of performers, copyright and ROMs, the dignity of food-bank clients, hatred between clans,
  islands and groups, elections, spam and links, privacy of readers' data, moderation delays, closing an account,
  errors to the newsroom, reporting a post, real names and one account, the moderators' final say, court cases
  and defamation, storms and official warnings), two or three items (probability 0.3) or four to nine, in a random
  order; each site's way of printing them: a heading on its own line (then a stop, a colon or nothing) or before
  the sentence on the same line after a colon, a hyphen, an en or an em dash (0.5; a question heading then a
  space); headings in capitals (0.25); none (0.2, and 0.15 for any one item, so that a list mixes items with and
  without headings); items numbered (0.3: "1." "1)" "(1)" "1 -" "1/" "No. 1", or "a." "a)" "(a)" 0.2 of the time)
  or bulleted (0.3: "\u2022" "-" "*" "\u2013" "\u25a0" "\u25c6" "\u00bb" "o"); one sentence or two per item; a
  site that never says "comment" (0.3: only its variants, opening, closing and title lines without the word); an
  opening line (0.25), a closing line pointing to the full terms or a contact address (0.4), a title line (0.4, in
  capitals 0.3 of the time); American spelling (0.5); curly quotes (0.3); the furniture as for ``reworded-4``, and
  the policy a second time (0.5) in a rendering drawn again. Its figure printed once before that change (main's
  code: F1 0.981, exact 0.800; 0.980, exact 0.795 with the change it was written before, not designed on it) and once
  after it ("Rule 4:" inside an item's sentence, letters and Roman numerals as numbers: 0.982, exact 0.805; adopted);
  design data from then on.
- ``reworded-28`` (``REWORDINGS_28``, 2026-12-03), written before the next change to how the notice finds a
  comment policy, **held out** for it: from how sites word and print comment policies, discussion rules, posting
  guidelines and "before you post" boxes, without reading the cleaner's code or reports, nor the other lists'
  sentences: Channel Islands and Isle of Wight papers, Andorran, Monegasque and Liechtenstein English-language
  pages, Namibian, Botswanan and Malawian news sites, Sikh and Hindu diaspora papers, US Gulf Coast shrimping-town
  weeklies, hospital and health-trust news pages, beekeeping and allotment associations, amateur-astronomy and
  meteor-watch clubs, esports team sites, crossword and word-game columns, and neighbourhood-watch and
  community-policing pages. Twenty-seven item kinds (courtesy, topic, personal attacks, hatred of a caste, faith or
  tribe, patients' confidentiality, medical advice, apiary locations and notifiable bee disease, allotment plot
  disputes, observing sites and meteor reports, sportsmanship and cheating accusations, puzzle answers, crime to
  the police, vigilantism, fishing seasons and marks, storms and official warnings, places of worship, the language
  of posts, elections, defamation and contempt, advertising and selling, privacy of readers' data, moderation
  delays, closing an account, errors to the newsroom, reporting a post, one account and real names, the
  moderators' final say), two or three items (probability 0.3) or four to nine, in a random order; each site's way
  of printing them: a heading on its own line (then a stop, a colon or nothing) or before the sentence on the same
  line after a colon, a hyphen, an en or em dash, a double hyphen or a stop (0.5; a question heading then a space);
  headings in capitals (0.25); none (0.2, and 0.15 for any one item, so that a list mixes items with and without
  headings); items numbered (0.3: "1." "1)" "(1)" "#1" "[1]" "Rule 1 -" "1 \u2014" "1:", or "a." "(a)" "a)" 0.2 of
  the time) or bulleted (0.3: "\u2022" "-" "*" "\u25aa" "\u25ba" "\u2713" "\u2666" "\u2013"); one sentence or
  two per item; a site that never says "comment" (0.3: only its variants, opening, closing and title lines without
  the word); an opening line (0.25), a closing line pointing to the full terms or a contact address (0.4), a title
  line (0.4, in capitals 0.3 of the time); American spelling (0.5); curly quotes (0.3); the furniture as for
  ``reworded-4``, and the policy a second time (0.5) in a rendering drawn again. Its figure printed once before that
  change (main's code: F1 0.984, exact 0.825; 0.984, exact 0.830 with the change it was written before, not
  designed on it) and once after it; its lines not printed, not looked at. Scored for a change that left it as it
  was (an unmarked heading before a headed item, headings the rules removed inside a policy: 0.984, exact 0.830; not
  adopted), and once more for the next (items under a title as long as an item's sentence: 0.984, exact 0.830, as
  main; not adopted): used up, design data since.
- ``reworded-29`` (``REWORDINGS_29``, 2026-12-03), written before the next change to how the notice finds a
  comment policy, **held out** for it: from how sites word and print comment policies, discussion rules, posting
  guidelines and "before you post" boxes, without reading the cleaner's code or reports, nor the other lists'
  sentences: Breton, Basque and Catalan-area English-language expat papers, Maltese and Sicilian diaspora sites,
  Cameroonian, Sierra Leonean and Liberian news sites, Marshall Islands and Palau papers, US Rust Belt union-town
  dailies, Hawaiian and Alaskan Native community newsletters, school-board and PTA news pages, hunting-dog and
  field-trial clubs, open-water swimming and rowing clubs, indie game developer blogs, wildlife-rehabilitation
  charities, and ferry and transit commuter news pages. Twenty-nine item kinds (courtesy, topic, personal attacks,
  the language of posts, tribalism and regional hatred, school-board and union elections, students' privacy,
  judges' decisions at field trials, dogs for sale, water safety, injured wildlife and its locations, spoilers and
  bug reports, piracy and keys, crews and transit staff, service alerts, elders and cultural knowledge, emergencies
  and typhoon warnings, workplace and union business, money requests and scams, spam and links, privacy of readers'
  data, moderation delays, closing an account, advertising, errors to the newsroom, reporting a post, real names and
  one account, the editors' final say, defamation and court cases), two or three items (probability 0.3) or four to
  nine, in a random order; each site's way of printing them: a heading on its own line (then a stop, a colon or
  nothing) or before the sentence on the same line after a colon, a hyphen, an en or em dash or a stop (0.5; a
  question heading then a space); headings in capitals (0.25); none (0.2, and 0.15 for any one item, so that a list
  mixes items with and without headings); items numbered (0.3: "1." "1)" "(1)" "01." "1.)" "Rule #1:" "1 \u00b7",
  or "A." "A)" "(A)" 0.2 of the time) or bulleted (0.3: "\u2022" "-" "*" "\u2714" "\u27a4" ">" "~" "\u25b6"
  "\u2023"); one sentence or two per item; a site that never says "comment" (0.3: only its variants, opening,
  closing and title lines without the word); an opening line (0.25), a closing line pointing to the full terms or a
  contact address (0.4), a title line (0.4, in capitals 0.3 of the time); American spelling (0.5); curly quotes
  (0.3); the furniture as for ``reworded-4``, and the policy a second time (0.5) in a rendering drawn again. Its
  figure printed once before that change (main's code: F1 0.975, exact 0.805) and once after it; its lines not printed,
  not looked at. Scored for two changes, each as main (0.975,
  exact 0.805; not adopted): used up, design data since.
- ``reworded-30`` (``REWORDINGS_30``, 2026-12-03), written before the next change to how the notice finds a
  comment policy, **held out** for it: from how sites word and print comment policies, discussion rules, posting
  guidelines and "before you post" boxes, without reading the cleaner's code or reports, nor the other lists'
  sentences: Galician, Frisian and Faroese English-language papers, Cypriot and Greek-island expat sites, Ugandan,
  Rwandan and Malawian news sites, Samoan and Tongan community papers, Appalachian coal-country weeklies, Great
  Plains grain-elevator newsletters, university alumni magazines, beekeeping associations, amateur-astronomy
  clubs, model railway societies, tabletop wargaming blogs, animal-shelter adoption pages, and airport and port
  authority community pages. Twenty-six item kinds (courtesy, topic, personal attacks, hatred of a tribe, clan or
  faith and genocide denial, the language of posts, respect for chiefs, nobles and churches, accidents and deaths,
  grain bids and markets, selling, photos and copyright, pirated rulebooks and files, spoilers and edition wars,
  sightings and hoaxes, swarms and bee disease, adoption enquiries and lost pets, security and flights, class
  notes and deaths of classmates, elections, court cases and defamation, privacy of readers' data, moderation
  delays, closing an account, errors to the newsroom, reporting a post, real names and one account, the editors'
  final say), two or three items (probability 0.3) or four to nine, in a random order; each site's way of printing
  them: a heading on its own line (then a stop, a colon or nothing) or before the sentence on the same line after
  a colon, a hyphen, an en or em dash or a stop (0.5; a question heading then a space); headings in capitals
  (0.25); none (0.2, and 0.15 for any one item, so that a list mixes items with and without headings); items
  numbered (0.3: "1." "1)" "(1)" "1 -" "No. 1:" "#1", in lower-case Roman numerals 0.2 of the time) or bulleted
  (0.3: "\u2022" "-" "*" "\u25e6" "\u25b8" "\u25a0" "\u2192" "\u00b7"); one sentence or two per item; a site
  that never says "comment" (0.3: only its variants, opening, closing and title lines without the word); an
  opening line (0.25), a closing line pointing to the full terms or a contact address (0.4), a title line (0.4, in
  capitals 0.3 of the time); American spelling (0.5); curly quotes (0.3); the furniture as for ``reworded-4``, and
  the policy a second time (0.5) in a rendering drawn again. Its figure printed once before that change (main's
  code: P 0.996, R 0.946, F1 0.970, exact 0.770) and once after it; its lines not printed, not looked at. Scored with reworded-30 to -33 as one pool for
  the change they were written before (a policy of plain sentences; adopted): design data since.
- ``reworded-31`` (``REWORDINGS_31``, 2026-12-03), written before the next change to how the notice finds a
  comment policy, **held out** for it: from how sites word and print comment policies, discussion rules, posting
  guidelines and "before you post" boxes, without reading the cleaner's code or reports, nor the other lists'
  sentences: Icelandic and Greenlandic English-language papers, Gibraltar and Maltese expat forums, Ghanaian,
  Zambian and Botswanan news sites, Fijian and Vanuatu papers, New England fishing-town weeklies, Texas Panhandle
  ranch-country papers, church and parish newsletters, public-library blogs, chess and cycling clubs, quilting
  guilds, retro-computing forums, food-bank and homeless-charity pages, and ski-resort town news. Twenty-nine item
  kinds (courtesy, topic, personal attacks, the language of posts, tribalism and hatred, elections and party
  politics, fishing reports and other captains' marks, buying and selling, the dignity of the people a food bank
  serves, prayer requests and parish complaints, patrons' privacy and book challenges, fair play and live games,
  drivers and cyclists, patterns, photos and copyright, ROMs and piracy, snow and avalanche reports, emergencies
  and cyclone warnings, the language a post is written in, spam and links, scams and money requests, privacy of
  readers' data, moderation delays, closing an account, advertising, errors to the newsroom, reporting a post,
  one account and real names, the editors' final say, defamation and court cases), two or three items
  (probability 0.3) or four to nine, in a random order; each site's way of printing them: a heading on its own
  line (then a stop, a colon or nothing) or before the sentence on the same line after a colon, a hyphen, an en or
  em dash or a stop (0.5; a question heading then a space); headings in capitals (0.25); none (0.2, and 0.15 for
  any one item, so that a list mixes items with and without headings); items numbered (0.3: "1." "1)" "(1)"
  "Rule 1:" "[1]" "1/" "#1.", or "a." "a)" "a -" 0.2 of the time) or bulleted (0.3: "\u2022" "-" "*" "+" "o"
  "\u25cf" "\u2192" "\u2043"); one sentence or two per item; a site that never says "comment" (0.3: only its
  variants, opening, closing and title lines without the word); an opening line (0.25), a closing line pointing to
  the full terms or a contact address (0.4), a title line (0.4, in capitals 0.3 of the time); American spelling
  (0.5); curly quotes (0.3); the furniture as for ``reworded-4``, and the policy a second time (0.5) in a rendering
  drawn again. Its figure printed once before that change (main's code: P 0.993, R 0.948, F1 0.970, exact 0.740)
  and once after it; its lines not printed, not looked at. Scored with reworded-30 to -33 as one pool for
  the change they were written before (a policy of plain sentences; adopted): design data since.
- ``reworded-32`` (``REWORDINGS_32``, 2026-12-03), written before the next change to how the notice finds a
  comment policy, **held out** for it: from how sites word and print comment policies, discussion rules, posting
  guidelines and "before you post" boxes, without reading the cleaner's code or reports, nor the other lists'
  sentences: Welsh-language community papers' English pages, Luxembourg and Belgian expat sites, Ethiopian,
  Eritrean and Somali diaspora news, Papua New Guinean and Solomon Islands papers, Mississippi Delta weeklies,
  Upper Peninsula Michigan papers, hospital-foundation news pages, community-college student papers, birdwatching
  societies, amateur radio clubs, dog-agility clubs, tabletop role-playing blogs, wildlife-trust pages, and rural
  broadband co-operative newsletters. Twenty-two item kinds (courtesy, topic, personal attacks, clan, ethnic and
  regional hatred, the language of posts, locations of rare breeding species, callsigns and licensing, judges'
  decisions and results, spoilers and pirated rulebooks, patients' privacy and medical advice, students' privacy,
  faults and bills, elections and sorcery accusations, privacy of readers' data, moderation delays, closing an
  account, advertising and spam, errors to the newsroom, reporting a post, real names and one account, the editors'
  final say, court cases and defamation), two or three items (probability 0.3) or four to nine, in a random order;
  each site's way of printing them: a heading on its own line (then a stop, a colon or nothing) or before the
  sentence on the same line after a colon, a hyphen, an en or em dash or a stop (0.5; a question heading then a
  space); headings in capitals (0.25); none (0.2, and 0.15 for any one item, so that a list mixes items with and
  without headings); items numbered (0.3: "1." "1)" "(1)" "Rule 1:" "[1]" "1 \u2014" "1/", in letters 0.2 of the
  time) or bulleted (0.3: "\u2022" "-" "*" "+" "\u25c6" "\u00bb" "\u25cb" "\u2013" "\u25a1"); one sentence or
  two per item; a site that never says "comment" (0.3: only its variants, opening, closing and title lines without
  the word); an opening line (0.25), a closing line pointing to the full terms or a contact address (0.4), a title
  line (0.4, in capitals 0.3 of the time); American spelling (0.5); curly quotes (0.3); the furniture as for
  ``reworded-4``, and the policy a second time (0.5) in a rendering drawn again. Its figure printed once before that
  change (main's code: P 0.994, R 0.964, F1 0.979, exact 0.805) and once after it; its lines not printed, not looked at. Scored with reworded-30 to -33 as one pool for
  the change they were written before (a policy of plain sentences; adopted): design data since.
- ``reworded-33`` (``REWORDINGS_33``, 2026-12-03), written before the next change to how the notice finds a
  comment policy, **held out** for it: from how sites word and print comment policies, discussion rules, posting
  guidelines and "before you post" boxes, without reading the cleaner's code or reports, nor the other lists'
  sentences: Scottish island and Orkney papers, Portuguese and Azorean diaspora sites, Kenyan county and Tanzanian
  news sites, Cook Islands and Niue papers, Ozark and Appalachian county papers, Central Valley farm-town dailies,
  credit-union and co-operative member news, retirement-community newsletters, orienteering and fell-running clubs,
  mushroom-foraging societies, stamp-collecting clubs, speedrunning communities, volunteer fire-brigade pages, and
  lake-association newsletters. Twenty-three item kinds (courtesy, topic, personal attacks, hatred of a tribe,
  clan, faith or group, the language of posts, foraging locations, identification that is not advice, sales and
  swaps, runs and verification, courses and results, emergencies, members' account security, spam and links,
  privacy of readers' data, moderation delays, closing an account, errors to the newsroom, advertising on the site,
  real names and one account, the courts and defamation, the editors' final say, bereavements, hazards on the
  lake), two or three items (probability 0.3) or four to nine, in a random order; each site's way of printing them:
  a heading on its own line (then a stop, a colon or nothing) or before the sentence on the same line after a
  colon, a hyphen, an en or em dash or a stop (0.5; a question heading then a space); headings in capitals (0.25);
  none (0.2, and 0.15 for any one item, so that a list mixes items with and without headings); items numbered
  (0.3: "1." "1)" "(1)" "[1]" "1:" "1 -") or bulleted (0.3: "\u2022" "-" "*" "\u2013" "\u25aa" "+" "o"
  "\u27a1"); one sentence or two per item; a site that never says "comment" (0.3: only its variants, opening,
  closing and title lines without the word); an opening line (0.25), a closing line pointing to the full terms or
  a contact address (0.4), a title line (0.4, in capitals 0.3 of the time); American spelling (0.5); curly quotes
  (0.3); the furniture as for ``reworded-4``, and the policy a second time (0.5) in a rendering drawn again. Its
  figure printed once before that change (main's code: P 0.996, R 0.942, F1 0.968, exact 0.785) and once after it;
  its lines not printed, not looked at. Scored with reworded-30 to -33 as one pool for
  the change they were written before (a policy of plain sentences; adopted): design data since.
- ``reworded-34`` (``REWORDINGS_34``, 2026-12-03), written before the next change to how the notice finds a
  comment policy, **held out** for it: from how sites word and print comment policies, discussion rules, posting
  guidelines and "before you post" boxes, without reading the cleaner's code or reports, nor the other lists'
  sentences: Sardinian and Corsican English-language expat papers, Estonian and Latvian diaspora news, Nigerian
  state and Gambian news sites, Kiribati and Tuvalu community pages, Louisiana bayou-parish weeklies, Wyoming and
  Montana ranch-town papers, synagogue and mosque community newsletters, hospice and care-home news pages,
  trail-running clubs, amateur theatre companies, vintage-motorcycle clubs, modding communities for strategy games,
  seed-saving and allotment networks, and canal and waterways society pages. Twenty-six item kinds (courtesy, topic,
  personal attacks, hatred of a faith or people, the language of posts, residents' and patients' privacy,
  landowners and access, kindness to volunteer performers, buying and selling, mods, credit and piracy, seed swaps
  and plant health, hazards and emergencies on the water or in a storm, elections and incitement, spam and links,
  privacy of readers' data, moderation delays, closing an account, advertising, errors to the newsroom, reporting a
  post, the editor's final say, defamation and court cases, real names and one account, clergy and doctrine,
  elders, custom and land disputes, repair advice on old machines), two or three items (probability 0.3) or four
  to nine, in a random order; each site's way of printing them: a heading on its own line (then a stop, a colon or
  nothing) or before the sentence on the same line after a colon, a hyphen, an en or em dash or a stop (0.5; a
  question heading then a space); headings in capitals (0.25); none (0.2, and 0.15 for any one item, so that a list
  mixes items with and without headings); items numbered (0.3: "1." "1)" "(1)" "1 |" "Rule 1." "No. 1 -" "1:", in
  upper-case Roman numerals 0.2 of the time) or bulleted (0.3: "\u2022" "-" "*" "\u2219" "\u2726" "\u27a2" "=>"
  "\u25c7" "|"); one sentence or two per item; a site that never says "comment" (0.3: only its variants, opening,
  closing and title lines without the word); an opening line (0.25), a closing line pointing to the full terms or a
  contact address (0.4), a title line (0.4, in capitals 0.3 of the time); American spelling (0.5); curly quotes
  (0.3); the furniture as for ``reworded-4``, and the policy a second time (0.5) in a rendering drawn again. Its
  figure printed once before that change (main's code: P 0.998, R 0.925, F1 0.960, exact 0.735) and once after it; its lines not printed, not
  looked at. Scored with reworded-34 to -37 as one pool for
  the change they were written before (a policy's opening line; the pool's F1 as main, not adopted), and once
  more for another (an item's heading printed as a question; as main, not adopted): used up, design data since.
- ``reworded-35`` (``REWORDINGS_35``, 2026-12-03), written before the next change to how the notice finds a
  comment policy, **held out** for it: from how sites word and print comment policies, discussion rules, posting
  guidelines and "before you post" boxes, without reading the cleaner's code or reports, nor the other lists'
  sentences: Aland and Shetland papers, Armenian and Georgian diaspora sites, Zimbabwean and Namibian news sites,
  New Caledonia and Wallis English pages, Chesapeake Bay waterman-town weeklies, Minnesota Iron Range papers, Rotary
  and Lions club bulletins, veterinary-practice blogs, rock-climbing gyms, barbershop-singing societies, homebrewing
  clubs, esports college leagues, river-cleanup charities, and regional airline passenger news. Twenty-six item
  kinds (courtesy, topic, personal attacks, hatred of a tribe, nation, faith or group, the language of posts,
  elections and campaigning, watermen's pots and oyster grounds, rumours of layoffs, soliciting club members,
  veterinary advice, photos of other climbers, copyright of arrangements and recordings, selling homebrew and the
  drinking age, doxxing and cheating, hazards and private land on a cleanup, bookings and refunds, privacy of
  readers' data, moderation delays, closing an account, advertising and spam, errors to the newsroom, reporting a
  post, real names and one account, the editors' final say, defamation and court cases, capitals and length), two
  or three items (probability 0.3) or four to nine, in a random order; each site's way of printing them: a heading
  on its own line (then a stop, a colon or nothing) or before the sentence on the same line after a colon, a
  hyphen, an en or em dash or a stop (0.5; a question heading then a space); headings in capitals (0.25); none
  (0.2, and 0.15 for any one item, so that a list mixes items with and without headings); items numbered (0.3:
  "1." "1)" "(1)" "Rule 1." "No. 1" "1 -" "I.", or "a." "A)" "(a)" 0.2 of the time) or bulleted (0.3: "\u2022"
  "-" "*" "\u25b8" "\u25ba" "\u2713" "\u00b7" "\u25e6" "~" "\u25a0"); one sentence or two per item; a site that
  never says "comment" (0.3: only its variants, opening, closing and title lines without the word); an opening
  line (0.25), a closing line pointing to the full terms or a contact address (0.4), a title line (0.4, in
  capitals 0.3 of the time); American spelling (0.5); curly quotes (0.3); the furniture as for ``reworded-4``, and
  the policy a second time (0.5) in a rendering drawn again. Its figure printed once before that change (main's
  code: P 0.994, R 0.949, F1 0.971, exact 0.760) and once after it; its lines not printed, not looked at. Scored with reworded-34 to -37 as one pool for
  the change they were written before (a policy's opening line; the pool's F1 as main, not adopted), and once
  more for another (an item's heading printed as a question; as main, not adopted): used up, design data since.
- ``reworded-36`` (``REWORDINGS_36``, 2026-12-03), written before the next change to how the notice finds a
  comment policy, **held out** for it: from how sites word and print comment policies, discussion rules, posting
  guidelines and "before you post" boxes, without reading the cleaner's code or reports, nor the other lists'
  sentences: Breton-coast and Normandy English pages, Slovenian and Croatian diaspora news, Mozambican and Angolan
  English news, Guam and Northern Marianas papers, Nebraska Sandhills weeklies, Alaska fishing-town papers,
  university research-news blogs, public-radio member pages, ultimate-frisbee leagues, knitting circles,
  aquarium-keeping forums, indie tabletop publishers, urban-forest volunteer groups, and commuter-rail rider
  newsletters. Twenty-five item kinds (courtesy, topic, personal attacks, hatred of a nation or group, the
  language of posts, profanity, spoilers and playtest material, fish-health advice, designers' copyright, spirit
  of the game and disputed calls, private gardens and tree reports, rail service problems and safety, fishing
  openings and boats' positions, research and medical questions, members' payment details, privacy of readers'
  data, moderation delays, closing an account, advertising and spam, errors to the newsroom, reporting a post,
  real names and one account, court cases and defamation, the editors' final say, typhoon emergencies), two or
  three items (probability 0.3) or four to nine, in a random order; each site's way of printing them: a heading on
  its own line (then a stop, a colon or nothing) or before the sentence on the same line after a colon, a hyphen,
  an en or em dash or a stop (0.5; a question heading then a space); headings in capitals (0.25); none (0.2, and
  0.15 for any one item, so that a list mixes items with and without headings); items numbered (0.3: "1." "1)"
  "(1)" "#1" "1 -" "1 \u2013") or bulleted (0.3: "\u2022" "-" "*" "\u203a" "\u25a0" "\u25e6" "\u2714" ">"); one
  sentence or two per item; a site that never says "comment" (0.3: only its variants, opening, closing and title
  lines without the word); an opening line (0.25), a closing line pointing to the full terms or a contact address
  (0.4), a title line (0.4, in capitals 0.3 of the time); American spelling (0.5); curly quotes (0.3); the
  furniture as for ``reworded-4``, and the policy a second time (0.5) in a rendering drawn again. Its figure
  printed once before that change (main's code: P 0.996, R 0.947, F1 0.971, exact 0.795) and once after it; its lines not printed, not looked at. Scored with reworded-34 to -37 as one pool for
  the change they were written before (a policy's opening line; the pool's F1 as main, not adopted), and once
  more for another (an item's heading printed as a question; as main, not adopted): used up, design data since.
- ``reworded-37`` (``REWORDINGS_37``, 2026-12-03), written before the next change to how the notice finds a
  comment policy, **held out** for it: from how sites word and print comment policies, discussion rules, posting
  guidelines and "before you post" boxes, without reading the cleaner's code or reports, nor the other lists'
  sentences: Basque-coast surf-town pages, Polish and Lithuanian diaspora sites, Senegalese and Ivorian English
  news, American Samoa papers, Kentucky coal-county weeklies, Oregon timber-town papers, cathedral and parish music
  newsletters, school-sports booster pages, sailing clubs, genealogy societies, bonsai clubs, mobile-game fan wikis,
  bat-conservation trusts, and bus-rider union pages. Thirty-three item kinds (courtesy, topic, threats and
  harassment, surf spots and localism, the language of posts, politics of the old country, ethnic, religious and
  brotherhood insults, families and chiefly titles, accidents and grieving families, logging and wildfire, choir
  members and recordings, student athletes, referees and coaches, race protests, weather and safety on the water,
  living persons, sources, tree sales and collecting, cheats and leaks, referral codes, bat roosts, grounded bats,
  transit operators, fellow riders, privacy of readers' data, moderation delays, closing an account, advertising,
  errors to the newsroom, reporting a post, spam, the editors' final say, real names and one account), two or three
  items (probability 0.3) or four to nine, in a random order; each site's way of printing them: a heading on its
  own line (then a stop, a colon or nothing) or before the sentence on the same line after a colon, a hyphen, an en
  or em dash, a stop or a bar (0.5; a question heading then a space); headings in capitals (0.25); none (0.2, and
  0.15 for any one item, so that a list mixes items with and without headings); items numbered (0.3: "1." "1)"
  "(1)" "1 -" "No. 1" "Rule 1:" "1/" "#1") or bulleted (0.3: "\u2022" "-" "*" "\u203a" "\u25aa" "~" "\u00bb"
  "\u2219"); one sentence or two per item (a two-sentence variant cut to its first 0.3 of the time); a site that
  never says "comment" (0.3: only its variants, opening, closing and title lines without the word); an opening
  line (0.25), a closing line pointing to the full terms or a contact address (0.4), a title line (0.4, in capitals
  0.3 of the time); American spelling (0.5); curly quotes (0.3); the furniture as for ``reworded-4``, and the
  policy a second time (0.5) in a rendering drawn again. Its figure printed once before that change (main's code:
  P 0.995, R 0.949, F1 0.972, exact 0.790) and once after it; its lines not printed, not looked at. Scored with reworded-34 to -37 as one pool for
  the change they were written before (a policy's opening line; the pool's F1 as main, not adopted), and once
  more for another (an item's heading printed as a question; as main, not adopted): used up, design data since.
- ``reworded-38`` (``REWORDINGS_38``, 2026-12-03), written from how sites word and print their posting rules (Faroese
  and Shetland pages, Maltese and Cypriot news, Ugandan and Rwandan papers, Saipan and Palau community sites, West
  Virginia and Montana weeklies, hospice volunteer newsletters, chess, beekeeping, model-railway and astronomy clubs,
  library friends groups, food cooperatives, ferry riders' blogs), without reading the cleaner's code or reports:
  fourteen item kinds (civility, staying on topic, moderation delays, privacy, account deletion, advertising, errors
  to the newsroom, real names, court cases, language, photographs, grief, an unofficial channel, removal), 2 to 8
  items (2 or 3 a quarter of the time), headings on their own line, inline after a colon or a dash, absent or mixed,
  in capitals 0.3; numbers or bullets by site; a second sentence in an item 0.2; sites that never say "comment" 0.3;
  opening, closing and title lines. **Held out** for the next change to the notice: its figure printed once on main's
  code before that change (P 0.995, R 0.724, F1 0.839, exact 0.535), its lines not looked at. Scored with reworded-38
  to -41 as one pool for the change it was written before (round 61: a policy whose every item is headed needs no mean
  length; adopted), and once more for another (round 62: a closing line that ends on a web or e-mail address; as main,
  not adopted): used up, design data since.
- ``reworded-39`` (``REWORDINGS_39``, 2026-12-03), written before the next change to the notice, **held out** for it:
  written from how sites word and print their discussion rules, posting guidelines and before-you-post boxes, without
  reading the cleaner's code or its reports. Welsh-valley community papers, Basque and Galician diaspora sites in
  English, Zambian and Malawian news, Tonga and Samoa papers, Ozark weeklies, Nevada mining-town papers, choir and
  brass-band newsletters, rowing clubs, cycling-advocacy groups, birdwatching forums, retro-computing boards, quilting
  guilds, land-trust pages and tenants-union newsletters: seventeen kinds of item (civility, real names, other
  people's privacy, sensitive places such as nests and old mine workings, moderation delays, closing an account,
  advertising and selling, errors to the newsroom, languages, staying on topic, the law, copyright, elections, posts
  that are not official advice, the moderators' final say, reporting a post, members' data and the adverts), two to
  four headings and two to four sentences each. A policy has two or three items (0.3) or four to eight, its headings
  on their own line, inline after a colon or a dash, in capitals or absent, one way for the whole policy or mixed,
  numbered, lettered or bulleted half the time; about a third of the sites never say "comment" (0.35); opening,
  closing and title lines by ``_furnish``. Its figure, printed once on main's code before that change (its lines not
  looked at): removal P=0.994 R=0.629 F1=0.771 exact=0.390, article lines lost=9, chrome lines missed=949. Scored with
  reworded-38 to -41 as one pool for the change it was written before (round 61: a policy whose every item is headed
  needs no mean length; adopted), and once more for another (round 62: a closing line that ends on a web or e-mail
  address; as main, not adopted): used up, design data since.
- ``reworded-40`` (``REWORDINGS_40``, 2026-12-03), written before the next change to the notice from how sites word
  and print their posting rules, without reading the cleaner's code or reports nor the other families' sentences:
  Cornish and Channel Islands pages, Estonian and Latvian diaspora news, Botswana and Namibian papers, Fiji and
  Vanuatu community sites, Mississippi Delta weeklies, Idaho river-town papers, seminary and cathedral newsletters,
  youth-orchestra boosters, curling clubs, foraging forums, vintage-motorcycle boards, community radio, watershed
  councils and housing cooperatives. Fifteen item kinds (privacy, moderation delays, closing an account, advertising,
  errors sent to the newsroom, among them), two to nine items (two or three with probability 0.35), headings on their
  own line or inline after a colon or a dash, in capitals or absent, mixed in a list (0.3), numbered or bulleted; a
  site that never says "comment" (0.3); opening, closing and title lines (``_furnish``). **Held out** for the next
  change to the notice: its figure printed once on main's code before that change (removal P=0.993, R=0.599, F1=0.747,
  exact=0.390, 1018 chrome lines missed, 11 article lines lost); its lines not looked at. Scored with reworded-38 to
  -41 as one pool for the change it was written before (round 61: a policy whose every item is headed needs no mean
  length; adopted), and once more for another (round 62: a closing line that ends on a web or e-mail address; as main,
  not adopted): used up, design data since.
- ``reworded-41`` (``seed_families/reworded_41.py``, ``REWORDINGS_41``, 2026-12-03), written from how sites word and
  print their discussion rules, posting guidelines and before-you-post boxes (Orkney and Hebridean pages, Icelandic
  and Norwegian diaspora sites, Ghanaian and Sierra Leonean English news, Cook Islands and Niue papers, Appalachian
  Ohio weeklies, Wyoming oil-town papers, monastery and retreat-house newsletters, high-school robotics boosters,
  lawn-bowls clubs, orchid societies, speedcubing forums, amateur-theatre companies, trail-maintenance volunteers,
  senior-center bulletins), without reading the cleaner's code or reports: fifteen item kinds (privacy, moderation
  delays, closing an account, advertising, errors to the newsroom, courtesy, topic, other people's details, names,
  language, spam, the law, reporting a post, removal, copyright), two to three items a third of the time, else four to
  nine; headings inline after a colon, a dash or a full stop, on their own line or absent, one way throughout or
  mixed, in capitals 0.3; numbered or bulleted or neither; 0.3 of the policies never say "comment"; an opening,
  closing and title line by ``_furnish``. **Held out** for the next change to the notice: its figure was printed once
  on main's code before that change (removal P=0.995 R=0.540 F1=0.700, exact=0.395, article lines lost=8, chrome lines
  missed=1331), its lines not looked at. Scored with reworded-38 to -41 as one pool for the change it was written
  before (round 61: a policy whose every item is headed needs no mean length; adopted), and once more for another
  (round 62: a closing line that ends on a web or e-mail address; as main, not adopted): used up, design data since.
- ``reworded-42`` (``seed_families/reworded_42.py``, ``REWORDINGS_42``, 2026-12-03), written from how sites word and
  print their discussion rules, posting guidelines and "before you post" boxes (Isle of Man and Gibraltar pages,
  Armenian and Georgian diaspora sites in English, Kenyan and Tanzanian English news, Marshall Islands and Kiribati
  papers, Louisiana bayou weeklies, North Dakota oil-patch papers, Quaker meeting newsletters, marching-band boosters,
  fencing clubs, sourdough-baking forums, ham-radio boards, community-garden networks, river-rescue volunteers,
  disability-advocacy newsletters), without reading the cleaner's code or reports: fifteen item kinds (civility,
  moderation delays, privacy, account deletion, advertising, errors to the newsroom, topic, hate and threats, the law,
  real names, children, language, safety and advice, reporting, removal), two to three items or four to eight,
  headings after a colon or a dash, on a line of their own, in capitals or left out, one layout or a mix, numbered or
  bulleted, some items with two sentences; sites that never say "comment"; opening, closing and title lines. **Held
  out** for the next change to the notice: its figure was printed once on main's code before that change (removal
  P=0.998 R=0.750 F1=0.856 exact=0.590, article lines lost=5, chrome lines missed=757), its lines not looked at.
  Scored with reworded-42 to -45 as one pool for the change it was written before (round 63: a policy's opening or
  closing line is no item; adopted), and once more for another (round 64: a headed item's sentence may run to 40
  words; as main, not adopted): used up, design data since.
- ``reworded-43`` (``seed_families/reworded_43.py``, ``REWORDINGS_43``, 2026-12-03), written from how sites word and
  print their discussion rules, posting guidelines and "before you post" boxes, without reading the cleaner's code or
  reports: Scilly and Lundy island pages, Finnish and Karelian diaspora sites in English, Liberian and Gambian news,
  Tuvalu and Nauru community sites, New Mexico pueblo-country papers, Upper Peninsula weeklies, synagogue and mosque
  bulletins, debate-team boosters, dragon-boat clubs, fountain-pen forums, classic-car clubs, food-bank volunteers,
  dark-sky associations and neighbourhood-watch newsletters. Fifteen item kinds (civility, staying on topic, privacy,
  moderation delays, account deletion, advertising, errors to the newsroom, real names, language, the law, copyright,
  safety, respect for faith, reporting abuse, the moderators' say), 2-9 items (2-3 a third of the time), headed after
  a colon or a dash, on a line of their own, in capitals or not at all, one way a policy or each item its own;
  numbered or bulleted or neither; some items two sentences; three in ten sites never say "comment". **Held out** for
  the next change to the notice: its figure printed once on main's code before that change, its lines not looked at:
  removal P=0.996 R=0.967 F1=0.981 exact=0.770 (article lines lost 11, chrome lines missed 89). Scored with
  reworded-42 to -45 as one pool for the change it was written before (round 63: a policy's opening or closing line is
  no item; adopted), and once more for another (round 64: a headed item's sentence may run to 40 words; as main, not
  adopted): used up, design data since.
- ``reworded-44`` (``seed_families/reworded_44.py``, ``REWORDINGS_44``, 2026-12-03), written from how sites word and
  print their discussion rules, posting guidelines and "before you post" boxes, without reading the cleaner's code or
  reports: Aran and Donegal Gaeltacht pages in English, Maltese and Sicilian diaspora sites, Lesotho and Eswatini
  news, Wallis and Futuna and New Caledonia community sites, Arkansas delta and Vermont hill-town weeklies, abbey and
  convent newsletters, rodeo associations, table-tennis clubs, aquascaping and pinball boards, seed libraries, coastal
  cleanup groups and veterans' post bulletins. Sixteen item kinds (courtesy, keeping to the thread, moderation delays,
  privacy, closing an account, advertising, errors to the newsroom, real names, languages, defamation, copyright,
  wildlife and safety, reporting a post, seed swaps, the editor's right, politics and religion), 2-8 items a policy
  (2-3 in three of ten); headings after a colon, a dash or a stop, on a line of their own or absent, in capitals or
  not, one way a list or mixed; numbered, bulleted or bare; a second sentence now and then; over a third of the sites
  never say "comment". **Held out** for the next change to the notice: its figure printed once on main's code before
  that change (removal P=0.996 R=0.881 F1=0.935 exact=0.715, 11 article lines lost, 355 chrome lines missed), its
  lines not looked at. Scored with reworded-42 to -45 as one pool for the change it was written before (round 63: a
  policy's opening or closing line is no item; adopted), and once more for another (round 64: a headed item's sentence
  may run to 40 words; as main, not adopted): used up, design data since.
- ``reworded-45`` (``seed_families/reworded_45.py``, ``REWORDINGS_45``, 2026-12-03), written from how sites word and
  print their discussion rules, posting guidelines and before-you-post boxes (Outer Hebrides and Caithness pages, Sámi
  and Finnish-Swedish sites in English, Cameroonian and Nigerian English news, Pitcairn and Norfolk Island community
  sites, Texas Panhandle weeklies, Maine lobster-town papers, Mennonite and Amish-country newsletters, 4-H club
  boosters, croquet clubs, home-brewing forums, typewriter-collector boards, hospice choirs, wildlife-rehab
  volunteers, mobile-home park residents' newsletters), without reading the cleaner's code or reports: fifteen item
  kinds (civility, privacy, moderation delays, account deletion, advertising, errors to the newsroom, off-topic,
  language, real names, links, reporting abuse, young members, copyright, advice, the right to remove), two to three
  items (0.2) or three to eight, headings after a colon or a dash, on a line of their own, in capitals or absent, one
  way or mixed, numbered or bulleted; a quarter of its sites never say "comment". **Held out** for the next change to
  the notice: its figure was printed once on main's code before that change (removal P=0.995 R=0.917 F1=0.954
  exact=0.735; 233 chrome lines missed, 12 article lines lost), its lines not looked at. Scored with reworded-42 to
  -45 as one pool for the change it was written before (round 63: a policy's opening or closing line is no item;
  adopted), and once more for another (round 64: a headed item's sentence may run to 40 words; as main, not adopted):
  used up, design data since.
- ``reworded-46`` (``seed_families/reworded_46.py``, ``REWORDINGS_46``, 2026-12-03), written from how sites word and
  print their discussion rules, posting guidelines and "before you post" boxes, without reading the cleaner's code or
  reports: Jersey and Guernsey pages, Croatian-Dalmatian and Montenegrin diaspora sites in English, Ethiopian and
  Eritrean English news, Palau and Yap community sites, Kansas wheat-county weeklies, Washington apple-country papers,
  Lutheran synod and parish newsletters, youth-soccer boosters, orienteering clubs, woodturning forums, vinyl-record
  collector boards, tool-library volunteers, estuary trusts and allotment-society newsletters. Sixteen kinds of item
  (civility, staying on topic, hate, privacy, moderation delays, account deletion, advertising and trading, errors to
  the newsroom, language, legal responsibility, reporting, identity, copyright, warnings and bans, safety advice,
  contact), 2-3 items a third of the time; headings after a colon or a dash, run in bare, on a line of their own or
  absent, in capitals now and then, one style a list or mixed; numbered, bulleted or bare; an item's second sentence
  now and then; about a third of the sites never say "comment"; opening, closing and title lines. **Held out** for the
  next change to the notice: its figure printed once on main's code before that change (removal P=0.996 R=0.948
  F1=0.971 exact=0.810, 11 article lines lost, 142 chrome lines missed), its lines not looked at. Scored with
  reworded-46 to -49 as one pool for the change it was written before (round 65: a heading before a dash or in
  capitals does not end the run by its way; as main, not adopted), and once more for another (round 66: a run half or
  more headed needs no mean length; adopted): used up, design data since.
- ``reworded-47`` (``seed_families/reworded_47.py``, ``REWORDINGS_47``, 2026-12-03), written from how sites word and
  print their posting rules (Shetland fishing-town and Fair Isle pages, Azorean and Madeiran diaspora sites in
  English, Zimbabwean and South Sudanese news, Chuuk and Kosrae community sites, Nebraska panhandle weeklies,
  Adirondack village papers, Orthodox parish bulletins, swim-team boosters, Scottish country-dance clubs, carp-angling
  forums, Lego fan boards, repair-café volunteers, bog-restoration groups, tenant newsletters), without reading the
  cleaner's code or reports: fifteen item kinds (privacy, moderation delays, closing an account, advertising, errors
  sent to the newsroom, repairs lines, sensitive locations ...), headed after a colon, a dash or a full stop, on a
  line of their own, in capitals or not at all, or mixed in one list; numbered, bulleted or bare; two or three items
  or four to nine, some with two sentences; opening, closing and title lines around them; three sites in ten never say
  "comment". **Held out** for the next change to the notice: its figure was printed once on main's code before that
  change (removal P=0.994 R=0.866 F1=0.926 exact=0.680, article lines lost=16, chrome lines missed=427), its lines not
  looked at. Scored with reworded-46 to -49 as one pool for the change it was written before (round 65: a heading
  before a dash or in capitals does not end the run by its way; as main, not adopted), and once more for another
  (round 66: a run half or more headed needs no mean length; adopted): used up, design data since.
- ``reworded-48`` (``seed_families/reworded_48.py``, ``REWORDINGS_48``, 2026-12-03), written from how sites word and
  print their posting rules, without reading the cleaner's code or reports, and **held out** for the next change to
  the notice: its figure printed once on main's code before that change, its lines not looked at. The sites: Anglesey
  and Isle of Wight pages, Hungarian and Slovak diaspora sites in English, Somali and Djiboutian English news, Tokelau
  and Rotuma community sites, South Dakota reservation-border weeklies, Cape Cod village papers, Baptist association
  newsletters, wrestling boosters, gliding clubs, knife-making forums, board-game café boards, soup-kitchen
  volunteers, hedgerow trusts and park-run volunteer bulletins. Fifteen item kinds (respect, staying on topic,
  privacy, moderation delays, account deletion, advertising, errors to the newsroom, real names, language, the law,
  reporting abuse, advice and safety, copyright, members' views, politics), 2-3 items a policy (0.3) or 4-8; headings
  on their own line (bare, ending in a colon or a full stop), inline before a colon or a dash, or absent, in capitals
  (0.3), one way a policy or mixed; numbered ("1." or "1)") or bulleted items; sites that never say "comment" (0.3);
  opening, closing and title lines by ``_furnish``. Main's code before the change: P=0.994 R=0.884 F1=0.936
  exact=0.705, article lines lost=13, chrome lines missed=284. Scored with reworded-46 to -49 as one pool for the
  change it was written before (round 65: a heading before a dash or in capitals does not end the run by its way; as
  main, not adopted), and once more for another (round 66: a run half or more headed needs no mean length; adopted):
  used up, design data since.
- ``reworded-49`` (``seed_families/reworded_49.py``, ``REWORDINGS_49``, 2026-12-03), written from how sites word and
  print their posting rules, without reading the cleaner's code or reports: Isles of Scilly and Alderney pages,
  Bulgarian and Romanian diaspora sites in English, Namibian and Angolan English news, Kiribati outer-island community
  sites, Oklahoma Panhandle weeklies, Outer Banks papers, Methodist circuit newsletters, show-choir boosters, falconry
  clubs, bread-machine forums, amateur-rocketry boards, animal-fostering volunteers, meadow-restoration groups and
  canal-boat residents' newsletters. Fifteen kinds of item (privacy, moderation delays, account deletion, advertising,
  errors to the newsroom among them), policies of two to eight; headings after a colon, a dash or a full stop, on a
  line of their own, in capitals, absent or mixed in one list; numbered, bulleted or bare; three in ten sites never
  say "comment"; opening, closing and title lines. **Held out** for the next change to the notice: its figure printed
  once on main's code before that change (removal F1 0.976, R 0.957, exact 0.835, 112 chrome lines missed, 12 article
  lines lost), its lines not looked at. Scored with reworded-46 to -49 as one pool for the change it was written
  before (round 65: a heading before a dash or in capitals does not end the run by its way; as main, not adopted), and
  once more for another (round 66: a run half or more headed needs no mean length; adopted): used up, design data
  since.
- ``reworded-50`` (``seed_families/reworded_50.py``, ``REWORDINGS_50``, 2026-12-03), written from how sites word and
  print their discussion rules, posting guidelines and "before you post" boxes, without reading the cleaner's code or
  reports: Tristan da Cunha and St Helena pages, Welsh-Patagonian sites in English, Malawian lakeshore and Zambian
  Copperbelt English news, Norfolk Island and Lord Howe community sites, Iowa river-town weeklies, Alaska Bush papers,
  Anglican diocesan newsletters, ice-hockey boosters, lacrosse clubs, cider-making forums, slot-car racing boards,
  blood-drive volunteers, peat-bog trusts and cohousing newsletters. Fourteen item kinds (courtesy, staying on topic,
  real names, privacy, moderation delays, account deletion, advertising, errors to the newsroom, the law, reporting
  posts, language, copyright, disclaimers, the moderators' final say), two to four headings and sentences each; two or
  three items (0.3) or four to nine; headings after a colon or a dash, on a line of their own, or absent, in capitals
  (0.3), one way a policy or mixed; items numbered, bulleted or bare, now and then two sentences under one heading;
  three in ten sites never say "comment"; opening, closing and title lines. **Held out** for the next change to the
  notice: its figure printed once on main's code before that change, its lines not looked at: P=0.994 R=0.750 F1=0.855
  exact=0.555, article lines lost=13, chrome lines missed=759. Scored with reworded-50 to -53 as one pool for the
  change it was written before (round 67: a policy printed twice that speaks to the readers needs no mean length;
  adopted), and once more for another (round 68: nor a bound on one sentence's length; adopted): used up, design data
  since.
- ``reworded-51`` (``seed_families/reworded_51.py``, ``REWORDINGS_51``, 2026-12-03), written from how sites word and
  print their posting rules, without reading the cleaner's code or reports: Falkland Islands and Ascension pages,
  Sardinian and Corsican diaspora sites in English, northern Ugandan and Kenyan coast news, Cocos and Christmas Island
  community sites, Iron Range weeklies, Big Island papers, Unitarian fellowship newsletters, mathletes boosters,
  bridge clubs, terrarium forums, retro-console collector boards, literacy-tutor volunteers, dune-restoration groups
  and retirement-village bulletins. Sixteen item kinds (civility, staying on topic, privacy, moderation delays,
  account deletion, advertising, errors to the newsroom, real names, the law, language, removal, reporting, readers'
  views, young members, copyright, behaviour), two to three items or four to nine; headings after a colon, before a
  dash in the sentence's line, on a line of their own or absent (one way a list or mixed), in capitals or not,
  numbered, lettered or bulleted; some sites never say "comment"; opening, closing and title lines. **Held out** for
  the next change to the notice: its figure was printed once on main's code before that change, its lines not looked
  at (main: removal P=0.995 R=0.908 F1=0.949 exact=0.700, 15 article lines lost, 279 chrome lines missed). Scored with
  reworded-50 to -53 as one pool for the change it was written before (round 67: a policy printed twice that speaks to
  the readers needs no mean length; adopted), and once more for another (round 68: nor a bound on one sentence's
  length; adopted): used up, design data since.
- ``reworded-52`` (``seed_families/reworded_52.py``, ``REWORDINGS_52``, 2026-12-03), written from how sites word and
  print their posting rules, without reading the cleaner's code or reports, for Rathlin and Tory Island pages, Frisian
  and Flemish diaspora sites in English, Seychelles and Mauritius English news, Torres Strait community sites,
  Mississippi Gulf Coast weeklies, Colorado ski-town papers, Salvation Army corps newsletters, cheerleading boosters,
  archery clubs, sourdough-starter swap forums, CB-radio boards, meals-on-wheels volunteers, chalk-stream trusts and
  marina liveaboard newsletters: fourteen item kinds (civility, privacy, moderation delays, account deletion,
  advertising, errors sent to the newsroom, staying on topic, real names, language, photos and copyright, the law,
  reporting a post, whose views, safety), 2-3 items (0.3) or 4-8, a second sentence to an item (0.2); headings after a
  colon or a dash, on their own, in capitals or absent, one way a policy or mixed; items numbered, bulleted, both or
  bare; three sites in ten never say "comment"; opening, closing and title lines. **Held out** for the next change to
  the notice: its figure printed once on main's code before that change (removal P=0.996 R=0.741 F1=0.850 exact=0.615,
  article lines lost=9, chrome lines missed=732), its lines not looked at. Scored with reworded-50 to -53 as one pool
  for the change it was written before (round 67: a policy printed twice that speaks to the readers needs no mean
  length; adopted), and once more for another (round 68: nor a bound on one sentence's length; adopted): used up,
  design data since.
- ``reworded-53`` (``seed_families/reworded_53.py``, ``REWORDINGS_53``, 2026-12-03), written from how sites word and
  print their posting rules, without reading the cleaner's code or its reports: the "discussion rules", "posting
  guidelines" and "before you post" boxes of Herm and Sark pages, Cape Verdean and São Toméan diaspora sites in
  English, Gambian riverside and Liberian county news, Rapa Nui and Marquesas community sites, Texas Hill Country
  weeklies, Great Lakes shipping-town papers, Greek Orthodox parish bulletins, FFA chapter boosters, petanque clubs,
  cactus-grower forums, pinhole-photography boards, hospital-radio volunteers, peatland rewilding groups and caravan-
  club newsletters. Fourteen item kinds (courtesy, staying on topic, privacy, moderation delays, closing an account,
  advertising, errors to the newsroom, real names, language, photographs, keeping wild sites secret, legal care,
  reporting a post, whose views), 2-3 items (0.3) or 4-8; headings inline after a colon, dash or full stop, on their
  own line or absent, one way a list or mixed, in capitals (0.3), numbered or bulleted; sites that never say "comment"
  (0.3); opening, closing and title lines. **Held out** for the next change to the notice: its figure printed once on
  main's code before that change (removal P=0.996 R=0.930 F1=0.962 exact=0.745, 186 chrome lines missed, 11 article
  lines lost), its lines not looked at. Scored with reworded-50 to -53 as one pool for the change it was written
  before (round 67: a policy printed twice that speaks to the readers needs no mean length; adopted), and once more
  for another (round 68: nor a bound on one sentence's length; adopted): used up, design data since.
- ``reworded-54`` (``seed_families/reworded_54.py``, ``REWORDINGS_54``, 2026-12-03), written from how sites word and
  print their policies, without reading the cleaner's code or reports: Tobago and Grenadines pages, Goan and Keralite
  diaspora sites, Sierra Leone provincial and Liberian coastal news, Guam village and Tinian community sites,
  Wisconsin dairy-county weeklies, Oregon coast papers, kirk newsletters, robotics boosters, rugby-league supporters'
  clubs, beekeeping, stamp-collector, food-rescue, heathland-trust and narrowboat-owners' boards. Fifteen item kinds
  (privacy, moderation delays, closing an account, advertising, errors to the newsroom, sensitive locations and
  others), headings after a colon, dash or full stop, alone on their line, in capitals or absent, numbered or
  bulleted, two to eight items, some sites never saying "comment". **Held out** for the next change to the notice: its
  figure printed once on main's code before that change, its lines not looked at: removal P=0.994 R=0.983 F1=0.989,
  exact 0.850, 14 article lines lost, 43 chrome lines missed. Scored with reworded-54 to -57 as one pool for the
  change it was written before (round 69: sentences that state a rule count with those that speak to the readers; as
  main, not adopted): and once more for another (round 70: a closing line that ends on its link, in a text printed
  twice; as main, not adopted): used up, design data since.
- ``reworded-55`` (``seed_families/reworded_55.py``, ``REWORDINGS_55``, 2026-12-03), written from how sites word and
  print their posting rules, without reading the cleaner's code or reports: the discussion rules, posting guidelines
  and "before you post" boxes of Montserrat and Anguilla pages, Tamil and Sinhalese diaspora sites in English,
  Malawian highland and Mozambican northern English news, Vava'u and Ha'apai community sites, Kentucky bluegrass
  weeklies, Nevada ranch-country papers, Catholic deanery bulletins, band-parent associations, fell-running clubs,
  houseplant-propagation forums, antique-clock boards, library-outreach volunteers, wetland-bird trusts and sheltered-
  housing residents' newsletters. Fourteen item kinds (courtesy, privacy, moderation delays, account deletion,
  advertising, errors to the newsroom, staying on topic, real names, language, photos, the law, reporting, links and
  spam, the editors' final say); headings inline after a colon or dash, on their own line, in capitals, absent, or
  mixed in one list; numbered, bracket-numbered or bulleted; policies of 2-3 items one time in five; three in ten
  sites never say "comment"; opening, closing and title lines by ``_furnish``. **Held out** for the next change to the
  notice: its figure printed once on main's code before that change, its lines not looked at. Main's figure: removal
  P=0.995 R=0.961 F1=0.978 exact=0.805 (13 article lines lost, 112 chrome lines missed). Scored with reworded-54 to
  -57 as one pool for the change it was written before (round 69: sentences that state a rule count with those that
  speak to the readers; as main, not adopted): and once more for another (round 70: a closing line that ends on its
  link, in a text printed twice; as main, not adopted): used up, design data since.
- ``reworded-56`` (``seed_families/reworded_56.py``, ``REWORDINGS_56``, 2026-12-03), written from how sites word and
  print their policies (Saba and Sint Eustatius pages, Punjabi and Gujarati diaspora sites in English, Botswana delta
  and Zambian western news, Aitutaki and Rarotonga community sites, Missouri Ozark-border weeklies, Puget Sound island
  papers, Methodist chapel newsletters, theatre-parent boosters, canoe-polo clubs, vegetable-fermenting forums, model-
  aircraft boards, befriending-service volunteers, orchard-heritage trusts, student-housing co-op newsletters),
  without reading the cleaner's code or reports: thirteen item kinds (privacy, moderation delays, account deletion,
  advertising, errors to the newsroom among them), two to eight a policy, headings on their own line, inline after a
  colon or a dash, in capitals or absent, in mixed lists, numbered or bulleted, sites that never say "comment",
  opening, closing and title lines. **Held out** for the next change to the notice: its figure was printed once on
  main's code before that change (removal P=0.997 R=0.956 F1=0.976, exact=0.840), its lines not looked at. Scored with
  reworded-54 to -57 as one pool for the change it was written before (round 69: sentences that state a rule count
  with those that speak to the readers; as main, not adopted): and once more for another (round 70: a closing line
  that ends on its link, in a text printed twice; as main, not adopted): used up, design data since.
- ``reworded-57`` (``seed_families/reworded_57.py``, ``REWORDINGS_57``, 2026-12-03), written from how sites word and
  print their policies, without reading the cleaner's code or reports, for Barbuda and Nevis pages, Filipino and
  Vietnamese diaspora sites in English, Ghana Volta-region and Togolese English news, Pohnpei and Majuro community
  sites, Alabama Black Belt weeklies, Wyoming river-valley papers, Anglican cathedral-choir newsletters, quiz-bowl
  boosters, handbell-ringing clubs, mead-making forums, map-collector boards, hospital-visiting volunteers, limestone-
  pavement trusts and almshouse residents' bulletins: thirteen item kinds (courtesy, privacy, moderation delays,
  account deletion, advertising, errors to the newsroom, topic, names, language, copyright, the law, reporting,
  responsibility), two to ten items a policy (two or three a fifth of the time), headings after a colon, a dash or a
  full stop, on a line of their own, in capitals or absent, one way a policy or mixed; numbered, bulleted or neither;
  a fifth of the sites never say "comment"; opening, closing and title lines. **Held out** for the next change to the
  notice: its figure printed once on main's code before that change (removal P=0.994 R=0.968 F1=0.981 exact=0.790, 19
  article lines lost, 101 chrome lines missed), its lines not looked at. Scored with reworded-54 to -57 as one pool
  for the change it was written before (round 69: sentences that state a rule count with those that speak to the
  readers; as main, not adopted): and once more for another (round 70: a closing line that ends on its link, in a text
  printed twice; as main, not adopted): used up, design data since.
- ``reworded-58`` (``seed_families/reworded_58.py``, ``REWORDINGS_58``, 2026-12-03), written from how sites word and
  print their policies, without reading the cleaner's code or reports, for Bermuda and Turks and Caicos pages,
  Haitian and Dominican diaspora sites in English, Kenyan Rift Valley and Ugandan Lake Victoria news, Yap outer-island
  and Ebeye community sites, Nebraska Platte-valley weeklies, Michigan Thumb papers, Moravian church newsletters,
  debate-club boosters, bowls-and-croquet clubs, seed-saving forums, amateur-telescope-making boards, hospice-garden
  volunteers, river-otter trusts and co-operative bakery member newsletters: 13 item kinds (privacy, moderation
  delays, account deletion, advertising, errors to the newsroom, courtesy, staying on topic, real names, the law,
  reporting, copyright, the editor's right to remove, language), two to nine a policy, headings after a colon or a
  dash, on their own line, in capitals or absent (one way a list, or mixed), numbered, bulleted or plain, a fifth of
  the sites never saying "comment", with opening, closing and title lines. **Held out** for the next change to the
  notice: its figure printed once on main's code before that change (removal P=0.996 R=0.943 F1=0.969 exact=0.770, 10
  article lines lost, 145 chrome lines missed), its lines not looked at. Scored with reworded-58 to -65 as one pool
  of eight for the change after it (round 71: a heading whose stop the text lost, read as run in; not adopted) and
  once more for another (round 72: the subject's words for what readers write; adopted): used up, design data since.
- ``reworded-59`` (``seed_families/reworded_59.py``, ``REWORDINGS_59``, 2026-12-03), written from how sites word and
  print their discussion rules, posting guidelines and "before you post" boxes (Cayman Brac and Little Cayman pages,
  Ukrainian and Belarusian diaspora sites in English, Zanzibar and Lamu news, Kwajalein and Ebon community sites,
  Acadiana weeklies, Hi-Line papers, Shaker-heritage newsletters, lacrosse boosters, ringing societies, sheepdog-trial
  forums, postcard-collector boards, toy libraries, moorland trusts, park-home bulletins), without reading the
  cleaner's code or reports: 13 item kinds (courtesy, privacy, moderation delays, account deletion, advertising,
  errors to the newsroom, topic, real names, photos and copyright, liability, reporting, language, moderators'
  discretion), headings after a colon or a dash, on their own line, run in, in capitals or absent, numbered,
  bulleted or bare, mixed in one list; 2-3 item policies; sites that never say "comment"; opening, closing and
  title lines. **Held out** for the next change to the notice: its figure printed once on main's code before that
  change (removal P=0.996 R=0.960 F1=0.977 exact=0.875, article lines lost=11, chrome lines missed=106), its lines
  not looked at. Scored with reworded-58 to -65 as one pool of eight for the change after it (round 71: a heading
  whose stop the text lost, read as run in; not adopted) and once more for another (round 72: the subject's words
  for what readers write; adopted): used up, design data since.
- ``reworded-60`` (``seed_families/reworded_60.py``, ``REWORDINGS_60``, 2026-12-03), written from how sites word and
  print their policies, without reading the cleaner's code or reports, for Saint Helena Jamestown and Ascension
  Georgetown pages, Armenian-Lebanese and Assyrian diaspora sites in English, Rwandan Lake Kivu and Burundian English
  news, Nukunonu and Atafu community sites, Vermont Northeast Kingdom weeklies, Texas Big Bend papers, Coptic parish
  bulletins, chess-in-schools boosters, model-yacht clubs, kombucha forums, vintage-sewing-machine boards,
  bike-kitchen volunteers, salt-marsh trusts and tiny-house village newsletters: thirteen item kinds (courtesy,
  privacy, moderation delays, account deletion, advertising, errors to the newsroom, topic, names, language,
  copyright, health and safety claims, reporting, responsibility), two to ten items a policy (two or three a fifth of
  the time), headings after a colon, a dash or a full stop, on a line of their own, in capitals or absent, one way a
  policy or mixed; numbered, bulleted or neither; some items two sentences; a fifth of the sites never say
  "comment"; opening, closing and title lines. **Held out** for the next change to the notice:
  its figure printed once on main's code before that change (removal P=0.995 R=0.955 F1=0.975 exact=0.820, 11
  article lines lost, 110 chrome lines missed), its lines not looked at. Scored with reworded-58 to -65 as one pool
  of eight for the change after it (round 71: a heading whose stop the text lost, read as run in; not adopted) and
  once more for another (round 72: the subject's words for what readers write; adopted): used up, design data since.
- ``reworded-61`` (``seed_families/reworded_61.py``, ``REWORDINGS_61``, 2026-12-03), written from how sites word and
  print their posting rules (Sark and Brecqhou pages, Latvian and Lithuanian-Canadian diaspora sites, Likoma and
  Mafia Island news, Kosrae and Lelu community sites, Palouse weeklies, Georgia Sea Islands papers, Friends'
  newsletters, bagpipe boosters, real-tennis clubs, seaweed-foraging forums, tram boards, wheelchair-repair
  volunteers, drystone-wall trusts, houseboat moorings newsletters), without reading the cleaner's code or
  reports: twelve item kinds (privacy, moderation delays, account deletion, advertising, errors to the newsroom
  and others), headings inline after a colon or dash, on their own line, in capitals or absent, numbered,
  bulleted or bare, two to eight items, a quarter of the policies never saying "comment"; opening, closing and
  title lines. **Held out** for the next change to the notice: its figure printed once on main's code before that
  change (removal F1=0.976, exact=0.790), its lines not looked at. Scored with reworded-58 to -65 as one pool of
  eight for the change after it (round 71: a heading whose stop the text lost, read as run in; not adopted) and once
  more for another (round 72: the subject's words for what readers write; adopted): used up, design data since.
- ``reworded-62`` (``seed_families/reworded_62.py``, ``REWORDINGS_62``, 2026-12-03), written from how sites word and
  print their posting rules (regional public-radio and TV-station sites of the US Midwest and the Canadian prairies,
  Welsh and Scottish local papers, Pacific Northwest tribal newspapers, university student newspapers, farm
  co-operative newsletters, birding forums, retro-computing boards), without reading the cleaner's code or reports:
  fifteen item kinds (civility, privacy, moderation delays, staying on topic, advertising and selling, names and
  accounts, the law, copyright and photos, reporting a post, the moderators' say, errors and corrections, language,
  closing an account, sensitive bird sites, cultural respect), two or three items a quarter of the time, else four to
  ten; headings on a line of their own (bare, after a colon or a full stop), run in before a colon or a dash, or
  absent, some as questions, in title case, sentence case or capitals, one way a policy or each item its own;
  numbered ("1.", "1)", "(1)", "Rule 1."), bulleted or bare; a second sentence to an item (0.25); three in ten sites
  never say "comment"; opening, closing and title lines. **Held out** for the next change to the notice: its figure
  printed once on main's code before that change (removal P=1.000 R=0.751 F1=0.858 exact=0.590, 0 article lines
  lost, 771 chrome lines missed), its lines not looked at. That figure was drawn where the shared data was missing
  (the seed's article only, so no article line lost); with the shared data, main's code before round 71 scored
  P=0.993 R=0.771 F1=0.868 exact=0.585, 17 article lines lost, 707 chrome lines missed. Scored with reworded-58 to
  -65 as one pool of eight for the change after it (round 71: a heading whose stop the text lost, read as run in;
  not adopted) and once more for another (round 72: the subject's words for what readers write; adopted): used up,
  design data since.
- ``reworded-63`` (``seed_families/reworded_63.py``, ``REWORDINGS_63``, 2026-12-03), written from how sites word and
  print their posting rules (South African and Namibian news sites, Malaysian and Singaporean English sites, Grenada
  and Saint Lucia papers, Alaskan borough papers, trade-union newsletters, knitting forums, railway-preservation
  societies, English parish-council bulletins), without reading the cleaner's code or reports: fifteen item kinds
  (civility, hate speech and the 3Rs, privacy, moderation delays, topic, spam and selling, real names, the law,
  copyright and credit, reporting, the moderators' say, errors to the editor, language, suspensions, whose views and
  not the council's channel), two or three items a fifth of the time, else four to ten; headings as written, in title
  case or capitals, some questions, followed by nothing, a stop, a colon or a dash (one way a list, or mixed), absent
  for a fifth of the policies; numbered, lettered, bulleted or "Rule 1:"; a second sentence for a quarter of the
  items; a quarter of the sites never saying "comment"; opening, closing and title lines. **Held out** for the next
  change to the notice: its figure printed once on main's code before that change (removal P=1.000 R=0.709
  F1=0.830 exact=0.485, 0 article lines lost, 1109 chrome lines missed), its lines not looked at. That figure was
  drawn where the shared data was missing (the seed's article only, so no article line lost); with the shared data,
  main's code before round 71 scored P=0.994 R=0.684 F1=0.810 exact=0.450, 15 lost, 1074 missed. Scored with
  reworded-58 to -65 as one pool of eight for the change after it (round 71: a heading whose stop the text lost,
  read as run in; not adopted) and once more for another (round 72: the subject's words for what readers write;
  adopted): used up, design data since.
- ``reworded-64`` (``seed_families/reworded_64.py``, ``REWORDINGS_64``, 2026-12-03), written from how sites word and
  print their house rules and posting guidelines (Irish county papers, New Zealand regional papers, Indian English
  city news sites, Philippine English community sites, Appalachian weeklies, sea-angling forums, amateur-astronomy
  clubs, allotment associations, hospital-volunteer bulletins), without reading the cleaner's code or reports:
  fourteen item kinds (courtesy, privacy, moderation delays, topic, advertising, real names, the law, copyright and
  photographs, reporting, the moderators' discretion, corrections, language, suspension and account closure,
  responsibility), two to eleven items a policy (two or three a fifth of the time), in the table's order or shuffled,
  one to three sentences an item; headings in title case, sentence case or capitals (some questions) after a full
  stop, a colon, a dash or nothing, one way a policy or mixed, now and then an item without one, or none at all;
  numbered, bulleted or neither; a fifth of the sites never say "comment"; opening, closing and title lines.
  **Held out** for the next change to the notice: its figure printed once on main's code before that change (removal
  P=1.000 R=0.757 F1=0.862 exact=0.565, 0 article lines lost, 1018 chrome lines missed), its lines not looked at.
  That figure was drawn where the shared data was missing (the seed's article only, so no article line lost); with
  the shared data, main's code before round 71 scored P=0.997 R=0.790 F1=0.882 exact=0.560, 10 lost, 904 missed.
  Scored with reworded-58 to -65 as one pool of eight for the change after it (round 71: a heading whose stop the
  text lost, read as run in; not adopted) and once more for another (round 72: the subject's words for what readers
  write; adopted): used up, design data since.
- ``reworded-65`` (``seed_families/reworded_65.py``, ``REWORDINGS_65``, 2026-12-03), written from how sites word and
  print their posting rules (Australian outback and Tasmanian papers, Maltese and Cypriot English news, Ghanaian and
  Nigerian English sites, Great Lakes weeklies, veterans' associations, classic-car forums, beekeeping clubs, school
  parent-teacher newsletters), without reading the cleaner's code or reports: fifteen item kinds (courtesy, hatred
  and tribal remarks, privacy, moderation delays, topic, advertising and for-sale posts, real names, defamation and
  contempt of court, photos and copyright, reporting, the editor's discretion, errors to the newsroom, language,
  suspension and account closure, whose views and advice), two to ten a policy (two or three a fifth of the time),
  one or two sentences an item; headings run in before a colon or a dash, with a full stop, bare, on a line of their
  own, as a question or absent, in sentence case, title case or capitals, numbered, bulleted or neither, one way a
  policy or each item its own; a quarter of the sites never say "comment"; opening, closing and title lines.
  **Held out** for the next change to the notice: its figure printed once on main's code before that change
  (removal P=1.000 R=0.776 F1=0.874 exact=0.600, 0 article lines lost, 817 chrome lines missed), its lines not
  looked at. That figure was drawn where the shared data was missing (the seed's article only, so no article line
  lost); with the shared data, main's code before round 71 scored P=0.997 R=0.747 F1=0.854 exact=0.535, 8 lost, 866
  missed. Scored with reworded-58 to -65 as one pool of eight for the change after it (round 71: a heading whose
  stop the text lost, read as run in; not adopted) and once more for another (round 72: the subject's words for what
  readers write; adopted): used up, design data since.
- ``reworded-66`` (``seed_families/reworded_66.py``, ``REWORDINGS_66``, 2026-12-03), written from how sites word and
  print their house rules and posting guidelines (Hawaiian neighbour-island papers, Guam and Saipan news sites,
  Scottish Highlands and Islands community websites, Yorkshire Dales parish magazines, Canadian Maritime weeklies,
  model-railway forums, cycling-club boards, food-bank volunteer newsletters, community-radio stations), without
  reading the cleaner's code or reports: fifteen item kinds (civility, privacy and the dignity of a food bank's
  guests, moderation delays, topic, advertising and for-sale posts, real names, the law and contempt of court,
  copyright and photos, reporting, the moderators' final say, errors and corrections, language, suspension and
  account closure, messages read on air, emergencies and storm warnings), two to eleven a policy (two or three a fifth
  of the time), in the table's order or shuffled, one or two sentences an item; headings on a line of their own,
  before the sentence, run in before a colon, a dash or a full stop, or absent, one way a policy or each item its
  own, in title case, sentence case or capitals, some questions; numbered, lettered, bulleted or neither; a quarter of
  the sites never say "comment"; opening, closing and title lines. **Held out** for the next change to the notice:
  its figure printed once on main's code before that change (removal P=0.995 R=0.923 F1=0.9575 exact=0.730, 15
  article lines lost, 256 chrome lines missed), its lines not looked at. Scored with reworded-66 to -69 as one pool
  for the change after it (round 73: two headed items printed last that speak to the readers are enough; as main at
  three decimals, not adopted) and once more for another (round 74: a policy's closing line printed last; adopted):
  used up, design data since.
- ``reworded-67`` (``seed_families/reworded_67.py``, ``REWORDINGS_67``, 2026-12-03), written from how sites word and
  print their posting rules (Kenyan and Tanzanian English news sites, Jamaican and Barbadian papers, Montana and
  Wyoming county weeklies, Cornish and Devon village websites, nursing-union bulletins, chess forums, orienteering
  clubs, library Friends groups, lifeboat-station newsletters), without reading the cleaner's code or reports:
  fifteen item kinds (civility, hate speech and tribal incitement, privacy and patient confidentiality, moderation
  delays, topic, spam and advertising, real names and accounts, libel and contempt, copyright and maps, reporting a
  post, the moderators' discretion, errors and corrections, language, suspension and account closure, emergencies
  and advice), two or three items a fifth of the time, else four to twelve, in the table's order or shuffled, one
  to three sentences an item; headings in title case, sentence case or capitals, some as questions, followed by a
  full stop, a colon, a dash or nothing, one way a policy or each item its own, now and then an item without one,
  or none at all; numbered ("1.", "1)", "(1)", "Rule 1:", "1 -"), bulleted or neither; a quarter of the sites never
  say "comment"; opening, closing and title lines. **Held out** for the next change to the notice: its figure
  printed once on main's code before that change (removal P=0.997 R=0.726 F1=0.840 exact=0.540, 9 article lines
  lost, 1178 chrome lines missed), its lines not looked at. That figure was drawn before reworded-66 joined the list
  of families (the families draw one after another, so in place it differs). Scored with reworded-66 to -69 as one
  pool for the change after it (round 73: two headed items printed last that speak to the readers are enough; as
  main at three decimals, not adopted) and once more for another (round 74: a policy's closing line printed last;
  adopted): used up, design data since.
- ``reworded-68`` (``seed_families/reworded_68.py``, ``REWORDINGS_68``, 2026-12-03), written from how sites word and
  print their posting rules (Pakistani and Sri Lankan English news sites, Fijian and Samoan papers, Louisiana bayou
  weeklies, Northern Irish local papers, teachers' association bulletins, aquarium-keeping forums, rowing clubs,
  community-garden trusts, rural fire-brigade newsletters), without reading the cleaner's code or reports: fifteen
  item kinds (civility, hatred between faiths and communities, privacy, moderation delays, topic, advertising and
  selling, names and accounts, defamation and contempt of court, copyright and photographs, reporting, the
  moderators' say and whose views, errors to the newsroom, language, suspension and closing an account, not for
  emergencies), two or three items a fifth of the time, else four to eleven, in the table's order or as drawn, one to
  three sentences an item; headings in sentence case, title case or capitals (some questions), bare or with a full
  stop, a colon or a dash, one way a policy or each item its own, now and then an item without one, absent for a
  fifth of the policies; numbered ("1.", "1)", "(1)", "Rule 1:"), lettered, bulleted or neither; a quarter of the
  sites never say "comment"; opening, closing and title lines. **Held out** for the next change to the notice: its
  figure printed once on main's code before that change (removal P=0.995 R=0.637 F1=0.777 exact=0.395, 13 article
  lines lost, 1341 chrome lines missed), its lines not looked at. Scored with reworded-66 to -69 as one pool for the
  change after it (round 73: two headed items printed last that speak to the readers are enough; as main at three
  decimals, not adopted) and once more for another (round 74: a policy's closing line printed last; adopted): used
  up, design data since.
- ``reworded-69`` (``seed_families/reworded_69.py``, ``REWORDINGS_69``, 2026-12-03), written from how sites word and
  print their house rules and posting guidelines (Zambian and Zimbabwean English news sites, Bahamian and Belizean
  papers, Maine coastal weeklies, Isle of Man and Channel Islands news, retired-officers' associations, photography
  forums, choir societies, dog-rescue charities, housing-co-operative newsletters), without reading the cleaner's
  code or reports: fifteen item kinds (courtesy, privacy, moderation delays, topic, advertising and selling dogs,
  real names and ranks, the law (libel, contempt, cyber-crime acts), copyright of photographs and scores, reporting,
  the moderators' discretion, errors to the newsroom, language, suspension and account closure, party politics and
  campaigning, advice from members), two or three items a fifth of the time, else four to twelve, in the table's
  order or shuffled, one or two sentences an item, some with a web or e-mail address; headings as written, in
  sentence case or capitals (some questions), after a full stop, a colon or nothing, on a line of their own or run
  in before a colon or a dash, one way a policy or each item its own, now and then an item without one, or none at
  all; numbered ("1." "1)" "(1)" "Rule 1:" "1 -"), bulleted or neither; a quarter of the sites never say "comment";
  opening, closing and title lines. **Held out** for the next change to the notice: its figure printed once on
  main's code before that change (removal P=0.998 R=0.747 F1=0.855 exact=0.600, 6 article lines lost, 947 chrome
  lines missed), its lines not looked at. Scored with reworded-66 to -69 as one pool for the change after it (round
  73: two headed items printed last that speak to the readers are enough; as main at three decimals, not adopted)
  and once more for another (round 74: a policy's closing line printed last; adopted): used up, design data since.
- ``reworded-70`` (``seed_families/reworded_70.py``, ``REWORDINGS_70``, 2026-12-03), written from how sites word and
  print their posting rules (Yukon, Northwest Territories and Nunavut papers, Greenlandic and Faroese English-language
  news, Newfoundland and Labrador outport weeklies, mountain-rescue teams, amateur-radio clubs, ski clubs, canal and
  waterway trusts, credit-union member newsletters), without reading the cleaner's code or reports: fifteen item
  kinds (civility, privacy of casualties, members and children, moderation delays, topic, advertising and the swap
  shop, real names and callsigns, libel, court cases and publication bans, copyright of photos, maps and logs,
  reporting, the moderators' discretion, errors and news tips, the languages of the North and swearing, warnings,
  bans and account closure, not for emergencies, advice given in good faith and whose views), two or three items a
  fifth of the time, else four to twelve, in the table's order or as drawn, one to three sentences an item, some
  with an e-mail address; headings as written in sentence case, in title case or capitals (some questions), on a
  line of their own bare or after a full stop or a colon, run in before a colon, an en dash or a hyphen, one way a
  policy or each item its own, now and then an item without one, or none at all; numbered ("1." "1)" "(1)" "Rule
  1:" "1 -"), lettered, bulleted or neither; a quarter of the sites never say "comment"; opening, closing and title
  lines. **Held out** for the next change to the notice: its figure printed once on main's code before that change
  (removal P=0.996 R=0.731 F1=0.843 exact=0.500, 13 article lines lost, 1098 chrome lines missed), its lines not
  looked at. In place, after reworded-70 to -73 joined the list and round 74 was merged, main's code scored P=0.996
  R=0.741 F1=0.850 exact=0.510, 13 article lines lost, 1058 chrome lines missed. Scored with reworded-70 to -73 as
  one pool for the change after it (round 75: an item's sentence may run to 45 words where it speaks to the readers;
  adopted) and once more for another (round 76: or where it states a rule; adopted): used up, design data since.
- ``reworded-71`` (``seed_families/reworded_71.py``, ``REWORDINGS_71``, 2026-12-03), written from how sites word and
  print their posting rules (Trinidad and Tobago, Guyanese, Bermudian and Caymanian news sites, Texas Hill Country and
  Gulf Coast weeklies, cricket clubs, woodworking forums, hospice-volunteer bulletins, tenants' associations,
  public-library reader boards), without reading the cleaner's code or reports: fifteen item kinds (civility and picong,
  racial and religious hatred, privacy and patients' confidentiality, moderation delays and hurricane season, topic
  and the right forum, spam and selling tools, real names, libel, contempt of court and cyber-crime, copyright of
  articles and plans, reporting, the moderators' discretion, errors to the newsroom, language, suspension and bans,
  where else to go (emergencies, repairs, the club secretary)), two or three items a fifth of the time, else four to
  twelve, in the table's order or shuffled, one to three sentences an item, some with a web or e-mail address or a
  telephone number; headings in sentence case, title case or capitals (some questions), after a full stop, a colon or
  nothing, run in before a colon or a dash, or on a line of their own, one way a policy or each item its own, now and
  then an item without one, or none at all; numbered ("1." "1)" "(1)" "Rule 1:" "1 -" "No. 1"), bulleted or neither;
  a quarter of the sites never say "comment"; opening, closing and title lines. **Held out** for the next change to
  the notice: its figure printed once on main's code before that change (removal P=0.998 R=0.741 F1=0.851
  exact=0.575, 6 article lines lost, 1062 chrome lines missed), its lines not looked at. In place, after reworded-70
  to -73 joined the list and round 74 was merged, main's code scored P=0.995 R=0.813 F1=0.895 exact=0.570, 18 lost,
  751 missed. Scored with reworded-70 to -73 as one pool for the change after it (round 75: an item's sentence may
  run to 45 words where it speaks to the readers; adopted) and once more for another (round 76: or where it states a
  rule; adopted): used up, design data since.
- ``reworded-72`` (``seed_families/reworded_72.py``, ``REWORDINGS_72``, 2026-12-03), written from how sites word and
  print their posting rules (Hong Kong, Thai, Cambodian, Nepali and Bangladeshi English-language papers,
  Scandinavian English-language news sites, university alumni magazines, running clubs, genealogy societies,
  aviation-enthusiast forums, homeschooling co-ops), without reading the cleaner's code or reports: fifteen item
  kinds (civility, hatred between faiths and communities, privacy of living people and of children, moderation
  delays, topic, advertising and selling race entries or aircraft parts, real names and class years, libel, contempt
  and local law, copyright of photographs and credit for transcribed records, reporting, the moderators' discretion,
  errors to the newsroom or the alumni office, language, suspension and account closure, airport security and advice
  that is not medical advice), two or three items a fifth of the time, else four to eleven, in the table's order or
  as drawn, one to three sentences an item, some with a web or e-mail address; headings as written, in title case or
  capitals (some questions), on a line of their own (bare, with a full stop or a colon) or run in before a colon, a
  dash or a full stop, or absent, one way a policy or each item its own, now and then an item without one; numbered
  ("1." "1)" "(1)" "Rule 1:" "1 -"), lettered, bulleted or neither; a quarter of the sites never say "comment";
  opening, closing and title lines. **Held out** for the next change to the notice: its figure printed once on
  main's code before that change (removal P=0.994 R=0.786 F1=0.8779 exact=0.605, 16 article lines lost, 739 chrome lines
  missed), its lines not looked at. In place, after reworded-70 to -73 joined the list and round 74 was merged,
  main's code scored P=0.996 R=0.788 F1=0.880 exact=0.610, 11 lost, 819 missed. Scored with reworded-70 to -73 as
  one pool for the change after it (round 75: an item's sentence may run to 45 words where it speaks to the readers;
  adopted) and once more for another (round 76: or where it states a rule; adopted): used up, design data since.
- ``reworded-73`` (``seed_families/reworded_73.py``, ``REWORDINGS_73``, 2026-12-03), written from how sites word and
  print their posting rules (Ugandan, Rwandan, Botswanan, Mauritian and Seychellois news sites, Ozark and Arkansas
  Delta weeklies, quilting guilds, transit-rider advocacy groups, motorcycle clubs, small-town chambers of commerce,
  wildlife-rehabilitation charities), without reading the cleaner's code or reports: fifteen item kinds (civility,
  hatred and divisionism, privacy and the places of nests and dens, moderation delays, topic and party politics,
  spam, advertising and for-sale listings, real names and second accounts, libel, contempt and the cybercrime laws,
  copyright of patterns and photographs, reporting a post, the moderators' discretion, errors and corrections,
  language (and which languages), suspension and account closure, emergencies and advice), two or three items a
  fifth of the time, else four to eleven, in the table's order or shuffled, one to three sentences an item, some
  with a web or e-mail address; headings as written, in title case, sentence case or capitals (some questions), run
  in before a full stop, a colon, a dash or nothing, on a line of their own, or absent, one way a policy or each
  item its own, now and then an item without one; numbered ("1." "1)" "(1)" "Rule 1:" "1 -"), bulleted or neither;
  a quarter of the sites never say "comment"; opening, closing and title lines. **Held out** for the next change to
  the notice: its figure printed once on main's code before that change (removal P=0.996 R=0.695 F1=0.819
  exact=0.490, 10 article lines lost, 1212 chrome lines missed), its lines not looked at. That figure was drawn
  with reworded-73 listed right after reworded-69 (reworded-70 to -72 not yet in the list of families; the families
  draw one after another, so in place it may differ). In place, after reworded-70 to -73 joined the list and round
  74 was merged, main's code scored P=0.996 R=0.739 F1=0.848 exact=0.500, 12 lost, 1136 missed. Scored with
  reworded-70 to -73 as one pool for the change after it (round 75: an item's sentence may run to 45 words where it
  speaks to the readers; adopted) and once more for another (round 76: or where it states a rule; adopted): used up,
  design data since.
- ``reworded-74`` (``seed_families/reworded_74.py``, ``REWORDINGS_74``, 2026-12-03), written from how sites word and
  print their posting rules (Papua New Guinea, Solomon Islands, Vanuatu and Tongan English-language news sites,
  Scottish Borders and Northumberland papers, Quaker meeting newsletters, fly-fishing forums, community orchestras,
  adult-literacy volunteer boards, city-farm boards), without reading the cleaner's code or reports: fifteen item
  kinds (civility, tribal, sectarian and racial hatred, privacy of learners, children and private beats, moderation
  delays and patchy connections, topic and the right thread, spam, fast money schemes and the classifieds, real names
  and signing off, libel, contempt under Scots law and the Cybercrime Code, copyright of parts, photographs and fly
  patterns, reporting a post, the editor's and moderators' discretion and whose views, errors, corrections and
  complaints, language (English, Tok Pisin, Bislama, Tongan; swearing), warnings, bans and account closure, not for
  emergencies or animal welfare), two or three items a fifth of the time, else four to twelve, in the table's order or
  shuffled, one to three sentences an item, some with a web or e-mail address; headings as written in sentence case,
  in title case or capitals (some questions), on a part of their own bare or after a full stop or a colon, or run in
  before a colon, an en dash, a hyphen or a full stop, one way a policy or each item its own, now and then an item
  without one, or none at all; numbered ("1." "1)" "(1)" "Rule 1:" "1 -"), lettered, bulleted or neither; a quarter of
  the sites never say "comment" (post, message, contribution, reply); opening, closing and title lines. **Held out**
  for the next change to the notice: its figure printed once on main's code before that change (removal P=0.998
  R=0.806 F1=0.8916 exact=0.650, 7 article lines lost, 782 chrome lines missed), its lines not looked at. In place,
  after reworded-74 to -81 joined the list and rounds 75 and 76 were merged, main's code scored P=0.998 R=0.890
  F1=0.941 exact=0.770, 7 article lines lost, 441 chrome lines missed. Scored with reworded-74 to -77 as one pool for
  the change after it (round 77: a last sentence that speaks to the readers or states a rule closes a policy printed
  last; adopted) and once more for another (round 78: a heading in capitals before its colon or dash is printed in
  capitals; null): used up, design data since.
- ``reworded-75`` (``seed_families/reworded_75.py``, ``REWORDINGS_75``, 2026-12-03), written from how sites word and
  print their posting rules (Ethiopian and Eritrean English-language news sites, Sudanese diaspora sites, Egyptian and
  Jordanian English papers, Gulf English-language dailies, Nebraska Sandhills weeklies, vintage-tractor clubs, hiking
  clubs, school-governor bulletins, foster-care networks), without reading the cleaner's code or reports: fifteen item
  kinds (civility, hatred between faiths, peoples and nations, privacy of children in care, pupils, relatives still at
  home and landowners, moderation delays and the working week, topic, spam, advertising and the classifieds, real
  names and pen names, the law (libel, contempt, the cybercrime and hate-speech laws), copyright of photographs, scans
  and routes, reporting, the moderators' discretion and whose views, errors and news tips, language (which languages,
  swearing, capitals), warnings, suspension and appeals, safety, safeguarding and advice), two or three items a fifth
  of the time, else four to eleven, in the table's order or shuffled, one to three sentences an item, some with an
  e-mail address or a telephone number; headings as written in sentence case, in title case or capitals (questions in
  a fifth of the policies), on their own bare or after a full stop, a colon or a dash, run in before a colon, a dash
  or a full stop, or absent, one way a policy or each item its own, now and then an item without one; numbered ("1."
  "1)" "(1)" "Rule 1:" "1 \u2013" "No. 1"), lettered, in Roman numerals, bulleted or neither; a quarter of the sites
  never say "comment" (a post, a message, a contribution, a reply); opening, closing and title lines. **Held out** for
  the next change to the notice: its figure printed once on main's code before that change (removal P=0.997 R=0.884
  F1=0.937 exact=0.665, 10 article lines lost, 454 chrome lines missed), its lines not looked at. That figure was
  drawn with reworded-75 listed right after reworded-73 (reworded-74 not yet in the list of families; the families
  draw one after another, so in place it may differ). In place, after reworded-74 to -81 joined the list and rounds 75
  and 76 were merged, main's code scored P=0.998 R=0.911 F1=0.952 exact=0.790, 8 lost, 364 missed. Scored with
  reworded-74 to -77 as one pool for the change after it (round 77: a last sentence that speaks to the readers or
  states a rule closes a policy printed last; adopted) and once more for another (round 78: a heading in capitals
  before its colon or dash is printed in capitals; null): used up, design data since.
- ``reworded-76`` (``seed_families/reworded_76.py``, ``REWORDINGS_76``, 2026-12-03), written from how sites word and
  print their posting rules (Kootenay and Okanagan weeklies, New Brunswick Acadian pages in English, northern Manitoba
  papers, Basque and Catalan diaspora sites in English, sailing clubs, church bell-ringers' guilds, volunteer
  ambulance services, men's sheds, bird-ringing groups), without reading the cleaner's code or reports: fifteen item
  kinds (civility, hatred against peoples and newcomers, privacy of patients, juniors and nest sites, moderation
  delays, topic and diaspora politics, advertising and the swap page, real names and one account each, libel,
  publication bans and guessing before the RCMP or the coroner, copyright of photographs and peal compositions,
  reporting, the moderators' or committee's discretion, errors and news tips, language (English, French, Euskara,
  Catalan; swearing, capitals), suspension and account closure, emergencies and advice), two or three items a fifth of
  the time, else four to twelve, in the table's order or shuffled, one to three sentences an item, some with a web or
  e-mail address; headings as written in sentence case, in title case or capitals (some questions), bare or followed
  by a full stop, a colon, a hyphen or a dash, one way a policy or each item its own, now and then an item without
  one, or none at all; numbered ("1." "1)" "(1)" "Rule 1:" "1 -" "No. 1"), lettered, bulleted or neither; a quarter of
  the sites never say "comment"; opening, closing and title lines. **Held out** for the next change to the notice: its
  figure printed once on main's code before that change (removal P=0.996 R=0.682 F1=0.8095 exact=0.405, 11 article
  lines lost, 1301 chrome lines missed), its lines not looked at. That figure was drawn with reworded-76 listed right
  after reworded-73 (reworded-74 and -75 not yet in the list of families; the families draw one after another, so in
  place it may differ). In place, after reworded-74 to -81 joined the list and rounds 75 and 76 were merged, main's
  code scored P=0.996 R=0.802 F1=0.889 exact=0.570, 12 lost, 787 missed. Scored with reworded-74 to -77 as one pool
  for the change after it (round 77: a last sentence that speaks to the readers or states a rule closes a policy
  printed last; adopted) and once more for another (round 78: a heading in capitals before its colon or dash is
  printed in capitals; null): used up, design data since.
- ``reworded-77`` (``seed_families/reworded_77.py``, ``REWORDINGS_77``, 2026-12-03), written from how sites word and
  print their posting rules (Northern Territory, Kimberley and Torres Strait papers, Gibraltar and Falklands news,
  Ulster-Scots community sites, Pennsylvania Dutch country weeklies, cider-making forums, caving clubs, youth football
  leagues, cemetery-friends groups), without reading the cleaner's code or reports: fifteen item kinds (civility and
  sectarian or racial vilification, privacy of young players, cave entrances and graves, cultural protocol and the
  names of the dead, moderation delays, topic and the right board, advertising and selling kit or cider, real names
  and one account each, defamation and contempt of court, copyright of photographs, recipes and cave surveys,
  reporting, the moderators' discretion, errors to the newsroom or the records and league secretaries, language
  (English, Ulster-Scots, Pennsylvania Dutch, swearing, capitals), warnings, bans and closing an account, safety
  underground, distilling and access agreements), two or three items a fifth of the time, else four to twelve, in the
  table's order or as drawn, one to three sentences an item, some with an e-mail address; headings as written in title
  case, in sentence case or capitals (some questions), on a line of their own bare or after a full stop or a colon, or
  run in before a colon, a hyphen or an en dash, one way a policy or each item its own, now and then an item without
  one, or none at all; numbered ("1." "1)" "(1)" "Rule 1:" "Rule 1 -" "No. 1"), lettered, bulleted or neither; a
  quarter of the sites never say "comment"; opening, closing and title lines. **Held out** for the next change to the
  notice: its figure printed once on main's code before that change (removal P=0.997 R=0.678 F1=0.8069 exact=0.475, 8
  article lines lost, 1398 chrome lines missed), its lines not looked at. That figure was drawn with reworded-77
  listed right after reworded-73 (reworded-74 to -76 not yet in the list of families; the families draw one after
  another, so in place it may differ). In place, after reworded-74 to -81 joined the list and rounds 75 and 76 were
  merged, main's code scored P=0.996 R=0.747 F1=0.854 exact=0.550, 13 lost, 1022 missed. Scored with reworded-74 to
  -77 as one pool for the change after it (round 77: a last sentence that speaks to the readers or states a rule
  closes a policy printed last; adopted) and once more for another (round 78: a heading in capitals before its colon
  or dash is printed in capitals; null): used up, design data since.
- ``reworded-78`` (``seed_families/reworded_78.py``, ``REWORDINGS_78``, 2026-12-03), written from how sites word and
  print their posting rules (Mongolian, Kazakh and Kyrgyz English-language news, Georgian and Armenian English sites,
  Cape Breton and Prince Edward Island weeklies, Adirondack and Catskill papers, bridge clubs, pipe bands,
  lighthouse-keepers' associations, food co-op newsletters), without reading the cleaner's code or reports: fifteen
  item kinds (civility and the card-room manners, hatred between peoples and faiths, privacy of addresses, children,
  lights on private land and the member directory, moderation delays, time zones and press days, topic, the
  hand-records forum and letters about the co-op, advertising and the classifieds, real names, member numbers and one
  account each, the law (libel, contempt, publication bans, false information), copyright of articles, photographs and
  tune settings, reporting, the editors' or committee's discretion, errors and news tips, language (English, Russian,
  Kazakh, Gaelic, French; capitals, swearing), warnings, bans and closing an account, length and deadlines of letters
  and submissions), two or three items a fifth of the time, else four to twelve, in the table's order or as drawn, one
  to three sentences an item, some with a web or e-mail address; headings as written in sentence case, in title case
  or capitals (questions in a fifth of the policies), on their own line bare or after a full stop or a colon, or run
  in before a colon, a dash or a full stop, one way a policy or each item its own, now and then an item without one,
  or none at all; numbered ("1." "1)" "(1)" "Rule 1:" "No. 1"), lettered, in Roman numerals, bulleted or neither; a
  quarter of the sites never say "comment"; opening, closing and title lines. **Held out** for the next change to the
  notice: its figure printed once on main's code before that change (removal P=0.995 R=0.721 F1=0.8360 exact=0.545, 15
  article lines lost, 1056 chrome lines missed), its lines not looked at. In place, after reworded-78 to -85 joined
  the list and rounds 76 and 77 were merged, main's code scored P=0.995 R=0.789 F1=0.880 exact=0.610, 15 lost, 799
  missed. Scored with reworded-78 to -81 as one pool for the change after it (round 79: a closing line's heading tells
  no way of printing the items; null) and once more for another (round 80: a policy's revision line printed last
  closes it; adopted): used up, design data since.
- ``reworded-79`` (``seed_families/reworded_79.py``, ``REWORDINGS_79``, 2026-12-03), written from how sites word and
  print their posting rules (Surinamese and Guyanese-Dutch English pages, Azorean and Madeiran diaspora sites in
  English, Tahitian and Marquesan English pages, Vermont hill-town weeklies, Idaho panhandle papers, brass bands,
  model-boat clubs, go (baduk) clubs, hospital-radio volunteers, canal-boat hire co-ops), without reading the
  cleaner's code or reports: fifteen item kinds (civility, hatred of a people, faith or group, privacy of patients,
  junior players and hirers, moderation delays across time zones and weekly deadlines, topic and the right board,
  spam, advertising and the sales board, real names and one account each, libel, contempt and French law, copyright of
  photographs, band parts and game records, reporting, the editor's or committee's discretion, errors and the club
  ladder, language (English, Dutch, Sranan Tongo, French, Tahitian, Marquesan, Portuguese; swearing, capitals),
  warnings, suspension and closing an account, emergencies on the water, on the ward or in a storm), two or three
  items a fifth of the time, else four to twelve, in the table's order or as drawn, one to three sentences an item,
  some with a web or e-mail address; headings as written in title or sentence case, in sentence case or capitals
  (questions in a fifth of the policies), on a part of their own bare or after a full stop or a colon, run in before a
  colon, a hyphen, an en or em dash or a full stop, or absent, one way a policy or each item its own, now and then an
  item without one; numbered ("1." "1)" "(1)" "Rule 1:" "Art. 1" "1 -" "No. 1"), lettered, bulleted or neither; a
  quarter of the sites never say "comment"; opening, closing and title lines. **Held out** for the next change to the
  notice: its figure printed once on main's code before that change (removal P=0.993 R=0.741 F1=0.8488 exact=0.470, 18
  article lines lost, 928 chrome lines missed), its lines not looked at. That figure was drawn with reworded-79 listed
  right after reworded-77 (reworded-78 not yet in the list of families; the families draw one after another, so in
  place it may differ). In place, after reworded-78 to -85 joined the list and rounds 76 and 77 were merged, main's
  code scored P=0.996 R=0.794 F1=0.883 exact=0.595, 11 lost, 769 missed. Scored with reworded-78 to -81 as one pool
  for the change after it (round 79: a closing line's heading tells no way of printing the items; null) and once more
  for another (round 80: a policy's revision line printed last closes it; adopted): used up, design data since.
- ``reworded-80`` (``seed_families/reworded_80.py``, ``REWORDINGS_80``, 2026-12-03), written from how sites word and
  print their posting rules (Estonian, Latvian and Finnish English-language news sites, Hebridean crofting
  newsletters, Upper Peninsula weeklies, Big Bend and West Texas papers, judo clubs, historical-reenactment societies,
  seed-library volunteers, tool-library co-ops, blood-donor clubs), without reading the cleaner's code or reports:
  fifteen item kinds (civility, hatred against peoples, language groups and faiths and the insignia of the period,
  privacy of donors, junior members and crofting households, moderation delays and volunteers' hours, topic and the
  right board, spam, selling seed or kit and the classifieds, real names and one account each, libel and contempt
  under Scots, Estonian and Texas law, copyright of photographs, articles, drill manuals and seed catalogues,
  reporting, the moderators' and editor's discretion and whose views, errors and news tips, language (English, Gaelic,
  Spanish; swearing, capitals), warnings, bans and closing an account, medical, electrical and coaching advice and
  emergencies), two or three items a fifth of the time, else four to twelve, in the table's order or as drawn, one to
  three sentences an item, some with a web or e-mail address or a telephone number; headings as written in sentence
  case, in title case or capitals, as questions, bare or followed by a full stop, a colon, a hyphen, an en or an em
  dash, one way a policy or each item its own, now and then an item without one, or none at all; numbered ("1." "1)"
  "(1)" "Rule 1:" "Rule 1 -" "No. 1"), lettered, bulleted ("\u2022" "*" "-" "\u2013") or neither, the marker before
  the heading or before the first sentence; a quarter of the sites never say "comment" (a post, a reply, a message, a
  contribution); opening, closing and title lines. **Held out** for the next change to the notice: its figure printed
  once on main's code before that change (removal P=0.996 R=0.777 F1=0.8732 exact=0.565, 13 article lines lost, 948
  chrome lines missed), its lines not looked at. That figure was drawn with reworded-80 listed right after reworded-77
  (reworded-78 and -79 not yet in the list of families; the families draw one after another, so in place it may
  differ). In place, after reworded-78 to -85 joined the list and rounds 76 and 77 were merged, main's code scored
  P=0.996 R=0.801 F1=0.888 exact=0.570, 13 lost, 798 missed. Scored with reworded-78 to -81 as one pool for the change
  after it (round 79: a closing line's heading tells no way of printing the items; null) and once more for another
  (round 80: a policy's revision line printed last closes it; adopted): used up, design data since.
- ``reworded-81`` (``seed_families/reworded_81.py``, ``REWORDINGS_81``, 2026-12-03), written from how sites word and
  print their posting rules (Moroccan, Tunisian and Algerian news in English, Andorran and Monegasque English pages,
  British Columbia Gulf Islands weeklies, Florida Panhandle papers, roller-derby leagues, folk-dance societies, repair
  cafés, lifeguard clubs, village-hall committees), without reading the cleaner's code or reports: fifteen item kinds
  (civility, hatred against religions, peoples and newcomers, privacy of junior skaters, rescued bathers and hall
  hirers, moderation delays, office hours and hurricane season, topic and the right section, advertising, selling and
  paid repairs, real names, derby names and members only, the law (libel, publication bans, the Principality's laws on
  the Prince, a press code), copyright of photographs, articles and dances, reporting, the moderators' or committee's
  discretion, errors and corrections, language (English only, French, Arabic, Darija, Catalan; swearing, capitals),
  warnings, bans and closing an account, emergencies and repair advice), two or three items a fifth of the time, else
  four to twelve, in the table's order or as drawn, one to three sentences an item, some with an e-mail address (a
  closing line with a web address); headings in sentence case, title case or capitals (some questions), on a line of
  their own bare or after a full stop or a colon, or run in before a colon, a full stop, a hyphen, an en or em dash,
  one way a policy or each item its own, now and then an item without one, or none at all; numbered ("1." "1)" "(1)"
  "Rule 1:" "Article 1 –"), lettered, bulleted ("•" "-" "*") or neither; a quarter of the sites never say "comment"
  (post, message, reply, contribution); opening, closing and title lines. **Held out** for the next change to the
  notice: its figure printed once on main's code before that change (removal P=0.997 R=0.811 F1=0.8942 exact=0.570, 11
  article lines lost, 787 chrome lines missed), its lines not looked at. That figure was drawn with reworded-81 listed
  right after reworded-77 (reworded-78 to -80 not yet in the list of families; the families draw one after another, so
  in place it may differ). In place, after reworded-78 to -85 joined the list and rounds 76 and 77 were merged, main's
  code scored P=0.998 R=0.922 F1=0.958 exact=0.730, 7 lost, 317 missed. Scored with reworded-78 to -81 as one pool for
  the change after it (round 79: a closing line's heading tells no way of printing the items; null) and once more for
  another (round 80: a policy's revision line printed last closes it; adopted): used up, design data since.
- ``reworded-82`` (``seed_families/reworded_82.py``, ``REWORDINGS_82``, 2026-12-04), written from how sites word and
  print their posting rules (Lithuanian, Slovene and Slovak English-language news, Icelandic English pages, Orkney and
  Shetland community papers, Missouri Bootheel and Kentucky Pennyrile weeklies, fencing clubs, barbershop choruses,
  community-fridge volunteers, canoe clubs, parish-pump restoration trusts), without reading the cleaner's code or
  reports: fifteen item kinds (civility and the fencer's honour, hatred against peoples, faiths and the fridge's users,
  privacy of addresses, junior fencers and the people who take food, moderation delays, office hours and press night,
  topic and the members' forum, advertising, the kit swap and the classifieds, real names and one account each, the law
  (defamation, contempt under Scots law, election silence), copyright of articles, photographs, arrangements and river
  guides, reporting, the moderators', editor's or committee's discretion, errors, corrections and news tips, language
  (English, Lithuanian, Slovak, Slovene, Icelandic, dialect; swearing, capitals), warnings, bans and closing an account,
  safety and advice on the river, at the fridge and on the piste), each with four or five headings, a question or two
  and four sentences; two or three items a fifth of the time, else four to twelve, in the table's order or as drawn, one
  to three sentences an item, some with an e-mail or web address; headings in sentence case, title case or capitals
  (questions in about a fifth of the policies) followed by nothing, a full stop, a colon, a hyphen, an en or an em dash,
  one way a policy or each item its own, run in before the first sentence in some policies, now and then an item without
  one, or none at all; numbered ("1." "1)" "(1)" "Rule 1:" "Rule 1 –" "No. 1" "1 -"), lettered, in Roman numerals,
  bulleted ("•" "–" "*" "-" "▪" "·" "»") or neither, the marker before the heading or before the first sentence; a
  quarter of the sites never say "comment" (a post, a message, a contribution, a reply); opening, closing and title
  lines. **Held out** for the next change to the notice: its figure printed once on main's code before that change
  (removal P=0.997 R=0.780 F1=0.8755 exact=0.580, 11 article lines lost, 1033 chrome lines missed), its lines not looked
  at. In place, with reworded-83 to -89 in the list, main's code (round 80) scored the same. Scored with reworded-82 to
  -85 as one pool for the change after it (round 81: a year in a law's name does not date the page; null) and once more
  for another (round 82: an item's long sentence that says what is removed; adopted): used up, design data since.
- ``reworded-83`` (``seed_families/reworded_83.py``, ``REWORDINGS_83``, 2026-12-04), written from how sites word and
  print their posting rules (Laotian, Burmese and Timorese English-language news, Macanese and Taiwanese English sites,
  Isles of Scilly and Lundy pages, Oregon high-desert and Nevada cow-county papers, curling clubs, handbell ensembles,
  beach-clean volunteers, kite-flying clubs, almshouse charities), without reading the cleaner's code or reports:
  fifteen item kinds (civility and sportsmanship, hatred of peoples, faiths and neighbours, privacy of almspeople, young
  volunteers, islanders and sources at risk, moderation delays over holidays, time zones, fog and press days, topic and
  the right board, spam, casinos and the classifieds, real names, pen names and members only, the law (libel, contempt,
  Lao, Macao and Timorese law, rumours), copyright of articles, arrangements, photographs and kite plans, reporting, the
  moderators', editor's or trustees' discretion, errors and news tips, language (English, Lao, Tetum, Portuguese,
  Cantonese, Mandarin; swearing, capitals), warnings, bans and closing an account, safety, wildlife and emergencies),
  two or three items a quarter of the time, else four to twelve, in the table's order or as drawn, one to three
  sentences an item, some with a web or e-mail address or a telephone number; headings in sentence case, title case or
  capitals, or questions in their place (a fifth of the sites), bare or followed by a full stop, a colon, a hyphen, an
  en or em dash, one way a policy or each item its own, on a line of their own on a fifth of the sites, now and then an
  item without one, or none at all; numbered ("1." "1)" "(1)" "Rule 1:" "Rule 1 -" "No. 1" "1 -" "#1"), lettered, in
  Roman numerals, bulleted ("\u2022" "*" "-" "\u2013" "\u00b7" "\u25aa") or neither, the marker before the heading or
  before the first sentence; a quarter of the sites never say "comment" (a post, a reply, a message, a contribution);
  opening, closing and title lines. **Held out** for the next change to the notice: its figure printed once on main's
  code before that change (removal P=0.996 R=0.774 F1=0.8715 exact=0.610, 13 article lines lost, 1074 chrome lines
  missed), its lines not looked at. That figure was drawn with reworded-83 listed right after reworded-81 (reworded-82
  not yet in the list of families; the families draw one after another, so in place it may differ). In place, main's
  code (round 80) scored P=0.998 R=0.810 F1=0.8940 exact=0.655, 8 lost, 838 missed. Scored with reworded-82 to -85 as
  one pool for the change after it (round 81: a year in a law's name does not date the page; null) and once more for
  another (round 82: an item's long sentence that says what is removed; adopted): used up, design data since.
- ``reworded-84`` (``seed_families/reworded_84.py``, ``REWORDINGS_84``, 2026-12-04), written from how sites word and
  print their posting rules (Malawian, Lesotho and Eswatini English news, Sierra Leonean and Liberian papers, Saint
  Helena and Tristan da Cunha pages, Minnesota Iron Range and North Dakota oil-patch weeklies, table-tennis clubs,
  Morris sides, toy-library volunteers, dark-sky astronomy groups, civic trusts), without reading the cleaner's code or
  reports: fifteen item kinds (civility, tribalism, regionalism and party hatred, privacy of addresses, children at the
  toy library and private observing sites, moderation delays on island hours and a slow shared link, topic and the right
  board, spam, scams and the sales board, real names and one account each, the law (defamation, criminal libel repealed
  but suits still possible, contempt, the Kingdom's laws), copyright of articles, astrophotographs, dance notations and
  a trust's archive, reporting, the editor's or committee's discretion, errors and league results, language (English,
  Chichewa, Sesotho, siSwati, Krio; swearing, capitals), warnings, suspension and closing an account, naming the dead
  and injured before their families are told), two or three items a fifth of the time, else four to twelve, in the
  table's order or shuffled, one to three sentences an item, some with a web or e-mail address; headings as written in
  sentence case, in title case or capitals (questions in a fifth of the policies), apart from the sentence bare or after
  a full stop or a colon, or run in before a colon, a hyphen, an en or em dash or a full stop, or none at all (0.15),
  one way a policy or (a fifth of the sites) each item its own, now and then an item without one; numbered ("1." "1)"
  "(1)" "Rule 1:" "No. 1 \u2013"), lettered, bulleted ("\u2022" "-" "*" "\u2013" "\u00bb") or neither (0.4), the marker
  before whatever the item prints first; a quarter of the sites never say "comment" (post, message, contribution);
  opening, closing and title lines. **Held out** for the next change to the notice: its figure printed once on main's
  code before that change (removal P=0.996 R=0.790 F1=0.8809 exact=0.615, 14 article lines lost, 948 chrome lines
  missed), its lines not looked at. That figure was drawn with reworded-84 listed right after reworded-81 (reworded-82
  and -83 not yet in the list of families; the families draw one after another, so in place it may differ). In place,
  main's code (round 80) scored P=0.996 R=0.800 F1=0.8875 exact=0.600, 12 lost, 815 missed. Scored with reworded-82 to
  -85 as one pool for the change after it (round 81: a year in a law's name does not date the page; null) and once more
  for another (round 82: an item's long sentence that says what is removed; adopted): used up, design data since.
- ``reworded-85`` (``seed_families/reworded_85.py``, ``REWORDINGS_85``, 2026-12-04), written from how sites word and
  print their posting rules (Bhutanese and Maldivian English-language news, Brunei and Papuan provincial sites, Åland
  and Gotland English pages, Mississippi Delta and Alabama Black Belt weeklies, archery clubs, gospel choirs,
  soup-kitchen volunteers, vintage-bus preservation groups, swimming-pool friends' groups), without reading the
  cleaner's code or reports: fifteen item kinds (civility, hatred against faiths, castes, clans and races, payback talk,
  privacy of soup-kitchen guests, swimmers' children and choir members, moderation delays (a Sunday-to-Thursday week,
  press night, volunteers on rally days), topic and the notice board, advertising, selling kit and the events calendar,
  real names and one account each, the law (responsibility, accusations and cases before the courts, the monarchy and
  national security, election periods), copyright of articles, archive photographs and choir recordings, reporting, the
  editor's, moderators' or committee's discretion, errors and corrections, language (English, Dzongkha, Dhivehi, Malay,
  Tok Pisin, Swedish; swearing, capitals), warnings, bans and closing an account, safety and advice at the range, in the
  kitchen, in the water and under the buses), two or three items a fifth of the time, else four to eleven, in the
  table's order or as drawn, one to three sentences an item, some with an e-mail or web address; headings as written in
  sentence case, in title case or capitals (questions in a fifth of the policies), on a part of their own bare or after
  a full stop or a colon, or run in before a colon, a hyphen, an en or em dash or a full stop, one way a policy or each
  item its own, now and then an item without one, or none at all; numbered ("1." "1)" "(1)" "Rule 1:" "No. 1 -"),
  lettered, in Roman numerals, bulleted or neither; a quarter of the sites never say "comment" (post, message, reply,
  contribution); opening, closing and title lines. **Held out** for the next change to the notice: its figure printed
  once on main's code before that change (removal P=0.996 R=0.744 F1=0.8515 exact=0.530, 12 article lines lost, 961
  chrome lines missed), its lines not looked at. That figure was drawn with reworded-85 listed right after reworded-81
  (reworded-82 to -84 not yet in the list of families; the families draw one after another, so in place it may differ).
  In place, main's code (round 80) scored P=0.998 R=0.728 F1=0.8420 exact=0.500, 7 lost, 1182 missed. Scored with
  reworded-82 to -85 as one pool for the change after it (round 81: a year in a law's name does not date the page; null)
  and once more for another (round 82: an item's long sentence that says what is removed; adopted): used up, design data
  since.
- ``reworded-86`` (``seed_families/reworded_86.py``, ``REWORDINGS_86``, 2026-12-04), written from how sites word and
  print their posting rules (Namibian, Botswanan, Seychellois and Mauritian English-language news, Sark and Alderney
  community pages, West Virginia coalfield and eastern Kentucky weeklies, rowing clubs, beekeepers' associations,
  hospice charity-shop volunteers, model-railway clubs, lido friends' groups), without reading the cleaner's code or
  reports: sixteen item kinds (civility and the small island, hatred: tribalism, communal remarks and hillbilly jokes,
  privacy of apiary sites, hospice families and swimmers, junior rowers and safeguarding, moderation delays (press days,
  volunteer moderators, the island's connection down in bad weather), topic and the right thread, advertising, spam and
  the sales-and-wants section, real names, pen names and members only, the law (defamation, cases before the courts,
  fair criticism of Chief Pleas and the States), copyright of articles, track plans and old photographs of the mines,
  reporting, the editor's or committee's discretion, language (English, Afrikaans, Oshiwambo, Setswana, Kreol; swearing,
  capitals), warnings, bans and club membership, advice and safety (the bee inspector and foulbrood, the water, the
  railway and the mine site), elections and campaigning), each with four to six headings, a question or two and four or
  five sentences; two or three items 0.15 of the time, else four to twelve, in the table's order or shuffled, one to
  three sentences an item, each on its own or (a quarter of the sites) run together as one paragraph, some with an
  e-mail or web address; headings in sentence case, title case or capitals (questions on a fifth of the sites), on a
  part of their own bare or after a colon or a full stop, or run in before a colon, a hyphen, an en or em dash or a full
  stop, one way a site or each item its own, now and then an item without one, or none at all; numbered ("1." "1)" "(1)"
  "1 -" "1:" "#1" "Rule 1." "Rule 1 \u2013" "Rule One:"), lettered, in Roman numerals, bulleted ("\u2022" "-" "*" "o"
  "\u203a" "\u00bb" "\u25e6" "\u00b7" "\u2713") or neither, the marker before whatever the item prints first; a quarter
  of the sites never say "comment" (post, message, reply, contribution); opening, closing and title lines. **Held out**
  for the next change to the notice: its figure printed once on main's code before that change (removal P=1.000 R=0.870
  F1=0.9305 exact=0.795, 0 article lines lost, 552 chrome lines missed), its lines not looked at. That figure was drawn
  in a worktree without the shared data (the seed's article alone, so no line of another article could be lost); in
  place, main's code (round 80) scored P=0.998 R=0.841 F1=0.9125 exact=0.705, 9 lost, 691 missed. Scored with
  reworded-86 to -89 as one pool for the change after it (round 83: the first look reads a long last sentence as the run
  reads a long item; null) and once more for another (round 84: a policy on one line may begin with its opening line;
  null): used up, design data since.
- ``reworded-87`` (``seed_families/reworded_87.py``, ``REWORDINGS_87``, 2026-12-04), written from how sites word and
  print their posting rules (Nepali, Sri Lankan and Bangladeshi English-language news, Cumbrian fell-side and Yorkshire
  Dales papers, Louisiana Cajun-country and Texas Hill Country weeklies, climbing-wall clubs, brass bands, food banks,
  heritage steam-railway volunteers, quilting guilds), without reading the cleaner's code or reports: fifteen item kinds
  (civility, hatred of castes, communities, regions and Travellers, privacy of food-bank users, children at the wall and
  people a court has not named, moderation delays (Nepal office hours, power cuts and hartals, volunteers on running
  days), topic and the forum, advertising, quilts and raffle tickets, real names and one account each, the law
  (defamation, the Electronic Transactions Act, contempt, election silence), copyright of articles, quilt patterns, band
  arrangements and the railway's photographs, reporting, the editor's or committee's discretion, corrections and news
  tips, language (English, Nepali, Sinhala, Tamil, Bangla, Cajun French, Spanish, Dales dialect; swearing, capitals),
  warnings, suspension and bans, safety at the wall, by the line, on the fells and in high water), each with five or six
  headings, a question or two and four or five sentences; two or three items a fifth of the time, four to eight half the
  time, else nine to fourteen, in the table's order or shuffled, one to three sentences an item, kept apart or (0.3 of
  the sites) run together as one paragraph, some with an e-mail or web address; headings none at all (0.15), questions
  (0.2) or statements, in sentence case, title case or capitals, on a part of their own bare or after a full stop or
  colon, or run in before a colon, a hyphen, an en or em dash or a full stop, one way a policy or each item its own, now
  and then an item without one; numbered ("1." "1)" "(1)" "1 -" "Rule 1." "#1" "01."), lettered ("a)" "(a)" "A."), in
  small Roman numerals ("(i)" "i."), bulleted ("\u2022" "-" "*" "\u25e6" "\u2714" "\u25ba") or plain, the marker before
  the heading or the first sentence; a quarter of the sites never say "comment" (post, message, reply, contribution,
  remark); opening, closing and title lines. **Held out** for the next change to the notice: its figure printed once on
  main's code before that change (removal P=1.000 R=0.910 F1=0.9527 exact=0.815, 0 article lines lost, 357 chrome lines
  missed), its lines not looked at. That figure was drawn with reworded-87 listed right after reworded-85 (the families
  draw one after another, so in place it may differ). It was drawn in a worktree without the shared data too (the seed's
  article alone); in place, main's code (round 80) scored P=0.995 R=0.915 F1=0.9534 exact=0.740, 19 lost, 371 missed.
  Scored with reworded-86 to -89 as one pool for the change after it (round 83: the first look reads a long last
  sentence as the run reads a long item; null) and once more for another (round 84: a policy on one line may begin with
  its opening line; null): used up, design data since.
- ``reworded-88`` (``seed_families/reworded_88.py``, ``REWORDINGS_88``, 2026-12-04), written from how sites word and
  print their posting rules (Ghanaian, Nigerian and Cameroonian English-language news, Newfoundland outport and Yukon
  community papers, Nebraska and Kansas plains weeklies, cycling clubs, amateur-radio societies, community theatres,
  search-and-rescue dog teams, tenants' associations), without reading the cleaner's code or reports: sixteen item kinds
  (civility and playing the ball, not the man, tribalism and hatred of faiths and regions, privacy of addresses,
  tenants, the people searched for, call-sign records and children, moderation delays (weekends, press night, a storm
  taking down the line to town), topic, the members' forum and the box office, advertising, scams and the swap-and-shop,
  real names, call signs and one account each, the law (defamation, cases before the courts, the Cybercrimes Act,
  election periods), copyright of articles, scripts and route files, reporting, the editor's, moderators' or committee's
  discretion, corrections and news tips, language (English, Twi, Yoruba, Hausa, Igbo, Pidgin, French, bay talk;
  swearing, capitals), warnings and bans, emergencies and active searches, length and links), each with five headings, a
  question or two and four or five sentences; two or three items 0.15 of the time, else four to twelve, in the table's
  order or shuffled, one to three sentences an item, as parts of their own or run together as one paragraph, some with
  an e-mail address; headings in sentence case, title case or capitals (questions on a fifth of the sites, now and then
  as "Q:" and "A:"), on a part of their own bare or after a colon or a full stop, or run in before a colon, an en or em
  dash, a hyphen or a full stop, one way a policy or each item its own, now and then an item without one, or none at
  all; numbered ("1." "1)" "1/" "[1]" "#1" "1 \u2013" "Rule 1." "Rule One:" "Rule One \u2014"), lettered, in small Roman
  numerals, bulleted ("\u2022" "-" "*" "o" "\u203a" "\u00bb" "\u25a0" "+" "\u2013") or neither, the marker before
  whatever the item prints first; a quarter of the sites never say "comment" (post, message, reply, contribution,
  submission); opening, closing and title lines. **Held out** for the next change to the notice: its figure printed once
  on main's code before that change (removal P=1.000 R=0.936 F1=0.9668 exact=0.860, 0 article lines lost, 265 chrome
  lines missed), its lines not looked at. That figure was drawn with reworded-88 listed right after reworded-85 (the
  families draw one after another, so in place it may differ). It was drawn in a worktree without the shared data too
  (the seed's article alone); in place, main's code (round 80) scored P=0.998 R=0.943 F1=0.9696 exact=0.780, 9 lost, 237
  missed. Scored with reworded-86 to -89 as one pool for the change after it (round 83: the first look reads a long last
  sentence as the run reads a long item; null) and once more for another (round 84: a policy on one line may begin with
  its opening line; null): used up, design data since.
- ``reworded-89`` (``seed_families/reworded_89.py``, ``REWORDINGS_89``, 2026-12-04), written from how sites word and
  print their posting rules (Singaporean, Malaysian and Hong Kong English-language news sites and forums, Welsh valleys
  and Pembrokeshire papers, Nunavut and Oklahoma Panhandle community sites, esports clubs, parkrun volunteer groups,
  crossword clubs, hackerspaces, knitting circles, neighbourhood-watch schemes), without reading the cleaner's code or
  reports: sixteen item kinds (civility, trash talk and kindness to beginners, race, religion and the 3R issues,
  privacy, doxxing and suspects' car registrations, moderation delays (office hours, Iqaluit on Eastern time, press day,
  typhoon signals, results day), topic and the right channel or board, spoilers and prize crosswords, advertising,
  boosting and moneylenders, nicknames, one account each and signing with a real name, the law (defamation, contempt,
  false statements and rumours, the national security law, publication bans), copyright of articles, photographs,
  patterns and grids, reporting, the moderators', directors' or organisers' discretion, corrections, news tips and
  missing results, language (English, Welsh, Inuktitut, Malay, Chinese, Tamil, Singlish; swearing, capitals, length),
  warnings, strikes and bans, emergencies and who to call), some lines printed only by one kind of site (a Welsh paper,
  a crossword club, ...), the site drawn first; two or three items 0.15 of the time, else five to twelve, in the table's
  order or shuffled, one to three sentences an item, some with an e-mail or web address; headings in sentence case,
  title case or capitals (questions in a fifth of the policies), on a part of their own bare or after a full stop or a
  colon, run in before a colon, a hyphen, an en or em dash, a full stop or a colon-dash, as questions and answers ("Q:"
  and "A:"), one way a policy or each item its own, now and then an item without one, or none at all; numbered ("1."
  "1)" "(1)" "Rule 1." "Rule #1:" "#1" "01." "[1]" "1/" "Section 1 –"), the sentences under a numbered heading numbered
  "3.1" "3.2" on some sites, lettered, in small Roman numerals, bulleted ("•" "-" "*" "►" "→" "◦" "✔" "·" ">") or
  neither; a quarter of the sites never say "comment" (post, message, reply, contribution, submission); opening, closing
  and title lines, some of them bilingual. **Held out** for the next change to the notice: its figure printed once on
  main's code before that change (removal P=1.000 R=0.935 F1=0.9663 exact=0.830, 0 article lines lost, 261 chrome lines
  missed), its lines not looked at. That figure was drawn with reworded-89 listed right after reworded-85 (the families
  draw one after another, so in place it may differ). It was drawn in a worktree without the shared data too (the seed's
  article alone); in place, main's code (round 80) scored P=0.996 R=0.935 F1=0.9642 exact=0.730, 17 lost, 278 missed.
  Scored with reworded-86 to -89 as one pool for the change after it (round 83: the first look reads a long last
  sentence as the run reads a long item; null) and once more for another (round 84: a policy on one line may begin with
  its opening line; null): used up, design data since.
- ``reworded-90`` (``seed_families/reworded_90.py``, ``REWORDINGS_90``, 2026-12-04), written from how sites word and
  print their posting rules (Trinidadian, Guyanese and Grenadian English-language news, Cape Cod and Martha's Vineyard
  papers, Alaska Panhandle weeklies, bonsai societies, sea-cadet units, hospital leagues of friends, village cricket
  leagues, community orchards), without reading the cleaner's code or reports: sixteen item kinds (civility and banter
  on the boundary, hatred of races, communities, off-islanders and Alaska Native people, privacy of patients on the
  wards, moored boats, members' trees and empty island houses, moderation delays (volunteers, tides and fishing openers,
  Carnival and election periods, storms taking the island offline, Friday evenings), topic, the secretary and the
  members' area, advertising, spam and the Sales and Wants section, real names, one account each and impersonation, the
  law (defamation, cases before the courts, electronic-crimes and racial-hostility laws, rumour), copyright of articles,
  members' photographs and scorecards, reporting, the editors' or committee's discretion, language (English, Creole,
  Tlingit, island talk; swearing, capitals, length), warnings and bans, advice and safety (111 and the GP, tree care,
  sea, ice and trail conditions, ladders at work mornings, the Patient Advice and Liaison Service), corrections, news
  tips and letters to the editor, safeguarding of cadets and junior players), each with five or six headings, a question
  or two and five sentences; the site's own name for where readers post ("this site", "the forum", "the message board"
  ...) and for who looks after it ("the moderators", "the editors", "the committee" ...); two or three items 0.15 of the
  time, four to eight half the time, else nine to sixteen, in the table's order or shuffled, one to three sentences an
  item, kept apart or (a quarter of the sites) run together as one paragraph, some with an e-mail or web address;
  headings none at all (0.18), questions (a fifth of the policies) or statements, in sentence case, title case or
  capitals, on a part of their own bare or after a full stop or a colon, run in before a colon, a hyphen, an en or em
  dash or a full stop, or over the item's sentences each after a small bullet ("-" "\u2022" "o" "\u2013" "\u00bb"), one
  way a policy or each item its own, now and then an item without one; numbered ("1." "1)" "(1)" "1 \u2013" "1/" "No.
  1:" "Rule 1:" "Rule #1 -" "1.0"), lettered ("a)" "(a)" "a." "A." "A)"), in Roman numerals ("I." "i." "(i)" "i)"),
  bulleted ("\u2022" "-" "*" "\u25a0" "\u25ba" "\u2713" "~" "o" "\u2013" "+" "\u25c6") or neither, the marker before
  whatever the item prints first, and on a third of the sites without headings every sentence numbered or bulleted as an
  item of its own; a quarter of the sites never say "comment" (post, message, reply, contribution, response); opening,
  closing and title lines. **Held out** for the next change to the notice: its figure printed once on main's code before
  that change (removal P=0.998 R=0.747 F1=0.8541 exact=0.620, 8 article lines lost, 1259 chrome lines missed), its lines
  not looked at. In place, with reworded-91 to -93 after it, main's code (round 82) scored the same. Scored with
  reworded-90 to -93 as one pool for the change after it (round 85: a dash that closes a heading's line is the
  heading's; null) and once more for another (round 86: a short sentence before a numbered item tells no way of heading;
  null): used up, design data since.
- ``reworded-91`` (``seed_families/reworded_91.py``, ``REWORDINGS_91``, 2026-12-04), written from how sites word and
  print their posting rules (Ugandan, Rwandan and South Sudanese English-language news sites, Isle of Wight and Anglesey
  papers, Navajo Nation and Four Corners community papers, football referees' societies, woodworking guilds,
  refugee-support volunteers, drone-flying clubs, birding hotlines), without reading the cleaner's code or reports:
  fifteen item kinds (civility and criticism of referees, hatred: tribalism, divisionism and genocide denial, refugees
  and overners, privacy of addresses, the families supported, nest sites of Schedule 1 birds, people under drones and
  young players, moderation delays (East Africa office hours, Window Rock's clock, press day and the ferries off),
  topic, the sightings line and the appointments secretary, advertising, the Sales and Wants section and fundraising
  appeals, real names, membership and registration numbers and one account each, the law (defamation, Uganda's Computer
  Misuse Act, contempt, the Navajo Nation courts, the Media Authority), copyright of articles, bird photographs, plans
  and footage, reporting and safeguarding, the editor's, moderators' or committee's discretion, language (English,
  Kinyarwanda, Kiswahili, French, Welsh, Din\u00e9 bizaad; swearing, capitals), warnings, suspension and bans, safety
  and advice (asylum claims, the Drone Code and the FAA's rules, workshop guards, private land and reserves), rumours,
  accuracy and corrections), each with four to six headings, a question or two and five sentences; two or three items
  0.15 of the time, else four to thirteen, in the table's order or shuffled, one to three sentences an item, as parts of
  their own or (a quarter of the sites) run together as one paragraph, some with an e-mail or web address; headings none
  at all (0.15), questions (0.2) or statements, in sentence case, title case or capitals, on a part of their own bare or
  after a colon or a full stop, or run in before a colon, a hyphen, an en or em dash, a full stop or a slash, one way a
  site or each item its own, now and then an item without one; numbered ("1." "1)" "(1)" "1 -" "1 \u2013" "Rule 1."
  "Rule 1:" "No. 1" "Article 1:"), numbered in words ("Rule One:" "Rule One \u2013" "One."), lettered ("a)" "(a)" "A."
  "[a]"), bulleted ("\u2022" "-" "*" "\u00bb" "\u25a0" "\u25c6" "\u2013" "o" "+") or plain, the marker before whatever
  the item prints first, the sentences under a numbered heading lettered "(a)" "(b)" on some sites; a quarter of the
  sites never say "comment" (post, message, reply, contribution, submission); opening, closing and title lines, some
  with a greeting in Kinyarwanda, Luganda, Navajo or Welsh. **Held out** for the next change to the notice: its figure
  printed once on main's code before that change (removal P=0.996 R=0.762 F1=0.8632 exact=0.585, 13 article lines lost,
  1029 chrome lines missed), its lines not looked at. That figure was drawn with reworded-91 listed right after
  reworded-89 (the families draw one after another, so in place it may differ). In place, main's code (round 82) scored
  P=0.998 R=0.789 F1=0.8810 exact=0.630, 8 lost, 943 missed. Scored with reworded-90 to -93 as one pool for the change
  after it (round 85: a dash that closes a heading's line is the heading's; null) and once more for another (round 86: a
  short sentence before a numbered item tells no way of heading; null): used up, design data since.
- ``reworded-92`` (``seed_families/reworded_92.py``, ``REWORDINGS_92``, 2026-12-04), written from how sites word and
  print their posting rules (Cypriot and Maltese English-language news sites, Gozo community pages, Michigan Thumb and
  Lake Erie shoreline weeklies, rugby league fan forums, ceramics studios, baby-bank volunteers, mountain-bike trail
  builders, storytelling clubs), without reading the cleaner's code or reports: fifteen item kinds (civility and playing
  the ball, not the player, hatred of races, faiths and nationalities, the two communities of Cyprus and migrants,
  privacy of referred families, children at classes and dig days and people in court cases, moderation delays (Malta
  office hours, press night, volunteers on match days), topic and the right thread or board, advertising, ticket touting
  and the members' classifieds, real names, one account each and impersonation, the law (defamation, Malta's Media and
  Defamation Act, cases before the courts), copyright of articles, photographs, members' pots and glaze recipes, trail
  maps and other tellers' stories, reporting, the editor's or committee's discretion, language (English, Maltese, Greek,
  Turkish; swearing, capitals), warnings, suspensions and bans, safety and advice (midwives and car seats, wet trails,
  kiln rules, lake ice), elections and campaigning (the silence period, Labour and PN, township and drain-commission
  candidates, club board elections)), each with five or six headings, a question or two and five sentences; two or three
  items 0.15 of the time, else four to thirteen, in the table's order or shuffled; headed items, items without headings
  (0.18) or a flat list of rules, every sentence an item of its own (0.12); one to three sentences an item, as parts of
  their own or (a quarter of the sites) run together as one paragraph, some with an e-mail or web address; headings in
  sentence case, title case or capitals (questions in a fifth of the policies), on a part of their own bare or after a
  full stop or a colon, or run in before a colon, an en or em dash, a hyphen, a full stop or a colon-dash, one way a
  policy or each item its own, now and then an item without one; numbered ("1." "1)" "(1)" "1 \u2013" "1:" "Rule 1:"
  "Rule 1 of 9:" "No. 1" "#1"), lettered ("a." "a)" "(a)" "A." "A)"), in Roman numerals ("I." "(i)" "i)"), bulleted
  ("\u2022" "-" "*" "\u25a0" "\u27a4" "\u25c6" "~" "\u25cb" "\u2013") or plain, the marker before whatever the item
  prints first; a quarter of the sites never say "comment" (post, message, reply, contribution, response); opening,
  closing and title lines. **Held out** for the next change to the notice: its figure printed once on main's code before
  that change (removal P=0.995 R=0.817 F1=0.8976 exact=0.635, 16 article lines lost, 750 chrome lines missed), its lines
  not looked at. That figure was drawn with reworded-92 listed right after reworded-89 (the families draw one after
  another, so in place it may differ). In place, main's code (round 82) scored P=0.999 R=0.861 F1=0.9246 exact=0.720, 4
  lost, 627 missed. Its writer saw, by a command that printed further than meant, the first item kinds of reworded-85's
  table (about 45 lines), and used none of it. Scored with reworded-90 to -93 as one pool for the change after it (round
  85: a dash that closes a heading's line is the heading's; null) and once more for another (round 86: a short sentence
  before a numbered item tells no way of heading; null): used up, design data since.
- ``reworded-93`` (``seed_families/reworded_93.py``, ``REWORDINGS_93``, 2026-12-04), written from how sites word and
  print their posting rules (Pakistani and Afghan diaspora English-language news, Eastern Townships and Gaspé
  English-community papers, Big Island and Kauaʻi papers, women's institutes, stamp-collecting societies,
  disability-sport clubs, friends of cathedral choirs, go clubs), without reading the cleaner's code or reports: fifteen
  item kinds (civility and aloha, kindness to beginners, hatred of sects, Afghan communities, anglophones and
  francophones, Native Hawaiians and disabled people, accusations of blasphemy, privacy of relatives in Afghanistan,
  collections, choristers and athletes' medical records, moderation delays (volunteers, Hawaii time, the Gaspé coast's
  connection after a storm, the Thursday meeting), topic and the circulation office or the identification board,
  advertising, the exchange packet and dealers' thread, visas and money transfers, real names, pen names for readers at
  risk, members only and go ranks, the law (defamation, contempt, Quebec publication bans, named dealers and forgeries),
  copyright of articles, service recordings, game commentaries and auction-catalogue images, reporting (some with an
  e-mail address, safeguarding concerns to the cathedral), the editor's or committee's discretion, language (English,
  Urdu and Roman Urdu, Dari, Pashto, French, Pidgin and Hawaiian, go terms; swearing, capitals, length), warnings and
  bans, accuracy and rumours (unconfirmed news from Afghanistan, lava and tsunami rumours, forgeries and
  classification), emergencies and advice (Civil Defense, Québec 511, asylum advisers, a chorister's welfare)), each
  with four to six headings, a question or two and four or five sentences, some printed only by one kind of site or by
  the papers or the clubs, the site drawn first; two or three items 0.15 of the time, four to eight 0.45, else nine to
  fifteen, in the table's order or shuffled, one to three sentences an item, as parts of their own or (a quarter of the
  sites) run together as one paragraph; headings in sentence case, title case or capitals (questions on a fifth of the
  sites), on a part of their own bare or after a full stop or a colon, or run in before a colon, a hyphen, an en or em
  dash, a full stop or (title case and capitals, as a bold heading reads once scraped) a bare space, one way a site or
  each item its own, now and then an item without one, or none at all; numbered ("1." "1)" "(1)" "1 -" "1 \u2013" "1/"
  "Rule 1:" "Rule 1." "Clause 1." "No. 1"), lettered ("a)" "(a)" "A." "A)"), in Roman numerals small or capital,
  bulleted ("\u2022" "-" "*" "\u25cf" "\u25a0" "\u25b8" "\u2666" "~" ">" "\u2013", a go club's "\u25cb", a choir's
  "\u266a", a stamp society's "\u2709") or neither, the marker before whatever the item prints first; a quarter of the
  sites never say "comment" (post, message, reply, contribution, response); American spelling always on a Hawaii paper;
  opening, closing and title lines. **Held out** for the next change to the notice: its figure printed once on main's
  code before that change (removal P=0.998 R=0.966 F1=0.9816 exact=0.820, 8 article lines lost, 160 chrome lines
  missed), its lines not looked at. That figure was drawn with reworded-93 listed right after reworded-89 (the families
  draw one after another, so in place it may differ). In place, main's code (round 82) scored P=0.997 R=0.971 F1=0.9839
  exact=0.765, 13 lost, 122 missed. Scored with reworded-90 to -93 as one pool for the change after it (round 85: a dash
  that closes a heading's line is the heading's; null) and once more for another (round 86: a short sentence before a
  numbered item tells no way of heading; null): used up, design data since.
- ``reworded-94`` (``seed_families/reworded_94.py``, ``REWORDINGS_94``, 2026-12-04), written from how sites word and
  print their posting rules (Moldovan, Bulgarian, North Macedonian and Albanian English-language news, Lincolnshire
  Wolds and Fenland papers, Mississippi Gulf Coast weeklies, dragon-boat clubs, lace-makers' guilds, talking-newspaper
  volunteers, mushroom foragers' groups, scout fellowships), without reading the cleaner's code or reports: fifteen item
  kinds (courtesy and paddling as one crew, hatred of peoples, faiths, Travellers and migrant workers, arguments over
  history and borders, privacy of addresses, young people, talking-newspaper listeners and foraging grounds, moderation
  delays (office hours, press day, hurricane warnings, volunteers with day jobs), topic and the right thread,
  advertising, the kit exchange and the guild's sales table, no selling of wild mushrooms, registration, pen names and
  one account each, the law (responsibility, defamation, cases before the courts, election silence, orders of the courts
  and prosecutors), copyright of articles, lace patterns and prickings, photographs and recordings made for blind
  listeners, reporting, the editors', moderators' or committee's discretion, errors, corrections and news tips, language
  (English, Romanian, Russian, Bulgarian, Macedonian, Albanian; swearing, capitals, text-speak), warnings, suspension
  and bans, safety (eating mushrooms named from a photograph, capsize drills and cold water, storm warnings,
  emergencies)), each with four to six headings, a question or two, and four or five sentences; two or three items a
  fifth of the time, else four to twelve, in the table's order or as drawn, one to three sentences an item, some with an
  e-mail address; headings in sentence case, title case or capitals (questions in a fifth of the policies), on a part of
  their own bare or after a colon or a full stop, or run in before a colon, a hyphen, an en or em dash or a full stop,
  one way a policy or each item its own, now and then an item without one, or none at all; numbered ("1." "1)" "1/"
  "Rule 1." "Article 1." "Art. 1 -" "#1" "[1]"), in words ("Rule One:" "One."), lettered, by section ("4.1" "4.1."),
  bulleted ("\u2022" "\u25ba" "\u2713" "\u2013" "-" "\u25cb" "\u25a0" "*") or neither; a quarter of the sites never say
  "comment" (post, message, reply, contribution, response); opening, closing and title lines. **Held out** for the next
  change to the notice: its figure printed once on main's code before that change (removal P=0.996 R=0.926 F1=0.9599
  exact=0.770, 16 article lines lost, 321 chrome lines missed), its lines not looked at. Its writer saw, by a command
  that printed further than meant and after reworded-94 was written and measured, fragments of a few other families'
  paragraphs in this docstring (none of their tables). In place, with reworded-95 to -97 after it, main's code (round
  82) scored the same. Scored with reworded-94 to -97 as one pool for the change after it (round 87: a small letter or
  Roman numeral before a stop numbers a list; null) and once more for another (round 88: a list's number after a slash,
  a section's, "Rule #4"; adopted): used up, design data since.
- ``reworded-95`` (``seed_families/reworded_95.py``, ``REWORDINGS_95``, 2026-12-04), written from how sites word and
  print their posting rules (Chilean, Argentine and Uruguayan English-language expat pages, Outer Banks and Lowcountry
  weeklies, Yorkshire coast papers, squash clubs, embroiderers' guilds, street pastors, vintage tractor clubs,
  conservation volunteers), without reading the cleaner's code or reports: fifteen item kinds (civility, hatred against
  migrants, Travellers and any group, privacy of the people met on patrol, juniors and work-party volunteers,
  moderation delays (press night, admins across Santiago, Mendoza and Montevideo, storm coverage), topic and the weekly
  open thread, advertising, rentals and the classifieds, real names and one account each, the law (responsibility,
  accusations and charges, defamation in Chile, Argentina and Uruguay), copyright of photographs, embroidery charts and
  tractor manuals, reporting, the editor's, moderators' or committee's discretion, language (English with Spanish where
  it fits, swearing, capitals, text-speak), warnings, bans and appeals, advice at one's own risk (restoring tractors,
  visas and residency, conservation tasks, storms and ferries, cliff paths and tides), accidents, deaths and rumours),
  two to four items a fifth of the time, else five to twelve, in the table's order or shuffled, one to three sentences
  an item, each on its own or all in one paragraph, some with an e-mail or web address; headings in sentence case,
  title case or capitals (questions in a quarter of the policies, a third of those printed as "Q:" and "A:"), on a
  line of their own bare or after a colon or a full stop, or run in before a colon, an en or em dash, a full stop or a
  hyphen, one way a policy, now and then an item without one, or none at all; numbered ("1." "1)" "1 -" "#1" "[1]"
  "Rule 1." "Rule #1:"), numbered in words ("Rule one:" "One." "Rule One \u2013"), lettered, bulleted or neither; a
  quarter of the sites never say "comment" (post, message, reply, contribution); opening, closing and title lines.
  **Held out** for the next change to the notice: its figure printed once on main's code before that change (removal
  P=0.9965 R=0.8243 F1=0.9023 exact=0.720, 12 article lines lost, 734 chrome lines missed), its lines not looked at.
  That figure was drawn with reworded-95 listed right after reworded-93 (the families draw one after another, so in
  place it may differ). In place, main's code (round 82) scored P=0.996 R=0.839 F1=0.9108 exact=0.660, 15 lost, 747
  missed. Its writer saw, by a search that printed further than meant and after reworded-95 was written, the marks
  listed in a few other families' paragraphs in this docstring (none of their tables). Scored with reworded-94 to -97 as
  one pool for the change after it (round 87: a small letter or Roman numeral before a stop numbers a list; null) and
  once more for another (round 88: a list's number after a slash, a section's, "Rule #4"; adopted): used up, design data
  since.
  missed. Its writer saw, by a command that printed further than meant and after reworded-95 was written, the marks
  listed in a few other families' paragraphs in this docstring (none of their tables).
- ``reworded-96`` (``seed_families/reworded_96.py``, ``REWORDINGS_96``, 2026-12-04), written from how sites word and
  print their posting rules (Thai, Cambodian and Vietnamese English-language news, Fife and Falkirk papers, Finger Lakes
  and Hudson Valley weeklies, model-boat clubs, hill-walking clubs, carers' networks, debating societies, sign-language
  clubs), without reading the cleaner's code or reports: fifteen item kinds (civility and the debater's manners, hatred
  of races, faiths, nationalities, migrant workers and deaf and disabled people, sectarian songs, privacy of the people
  cared for, children, patients and walkers, moderation delays (Bangkok office hours, volunteers in the sailing season,
  court stories closed), topic, the motion and the right board, advertising, scams and the sales board, screen names,
  real names in print and one account each, the law (defamation, contempt under Scots law, the Thai monarchy, national
  security in Cambodia and Vietnam), copyright of articles, route files, signed videos and plans, reporting, the
  moderators', editor's or committee's discretion, corrections and news tips, language (English, swearing, capitals,
  text speak, BSL videos), warnings, bans and appeals, safety and advice on the hill, at the pond and for carers), each
  with five or six headings, a question or two, and five sentences; two or three items 0.15 of the time, else four to
  twelve, in the table's order or as drawn, one to three sentences an item, on parts of their own or run together as
  one paragraph, some with an e-mail or web address; headings in sentence case, headline case (hyphenated words
  capitalised in each part) or capitals (questions in a fifth of the policies), on a part of their own bare or after a
  colon or a full stop, or run in before a colon, a hyphen, an en or em dash, a double hyphen or a full stop, or none
  at all, one way a policy or each item its own, now and then an item without one; numbered ("1." "1)" "[1]" "1/"
  "Rule 1." "Rule 1 -" "1 \u2013" "#1" "Point 1:"), lettered ("A." "(a)" "a/" "A)"), in small or capital Roman
  numerals, bulleted ("\u25cf" "\u25cb" "\u25ba" "\u00bb" "+" "\u2713" "\u25e6" "\u2013" "-" "*" "\u2022" ">") or
  neither, the marker before whatever the item prints first; a quarter of the sites never say "comment" (post,
  message, reply, contribution, submission); opening, closing and title lines; American spelling and usage by its own
  table. **Held out** for the next change to the notice: its figure printed once on main's code before that change
  (removal P=0.997 R=0.829 F1=0.9052 exact=0.725, 11 article lines lost, 703 chrome lines missed), its lines not looked
  at. That figure was drawn with reworded-96 listed right after reworded-93 (the families draw one after another, so in
  place it may differ). Its writer saw, by a command that printed further than meant, the first item kind of
  reworded-85's table (its headings and one sentence). In place, main's code (round 82) scored P=0.996 R=0.822
  F1=0.9007 exact=0.680, 15 lost, 804 missed. Scored with reworded-94 to -97 as one pool for the change after it (round
  87: a small letter or Roman numeral before a stop numbers a list; null) and once more for another (round 88: a list's
  number after a slash, a section's, "Rule #4"; adopted): used up, design data since.
- ``reworded-97`` (``seed_families/reworded_97.py``, ``REWORDINGS_97``, 2026-12-04), written from how sites word and
  print their posting rules (Puerto Rican and US Virgin Islands English-language papers, Peruvian and Ecuadorian English
  news, Norfolk Broads and Suffolk coast papers, Black Hills and Badlands weeklies, netball leagues, poetry circles,
  citizen-science projects, mutual-aid groups, wild-swimming groups), without reading the cleaner's code or reports:
  fifteen item kinds (civility and the umpires' weekends, hatred against down-islanders, continentals and tribal
  nations, privacy of those asking for help, of swimmers and of nesting birds and bat roosts, moderation delays
  (Atlantic Standard Time, storms and power cuts, new members held), topic and the workshop thread, advertising,
  fundraisers and the notices thread, real names, pen names and who can join, the law (defamation, prejudicing a trial,
  public officials, US, Peruvian and Ecuadorian law), copyright of articles, poems, photographs and survey records under
  a Creative Commons licence, reporting, the editor's, moderators' or committee's discretion, corrections, news tips and
  unconfirmed results, language (English, Spanish, Quechua; swearing, capitals, text speak), warnings, three strikes and
  appeals, safety and advice in cold water, among bison and rattlesnakes and in a hurricane), each with five headings,
  one a question, and five sentences; two to four items a little under a fifth of the time, else five to twelve, in the
  table's order or as drawn, one to three sentences an item, some with an e-mail address; headings in sentence case,
  title case or capitals (questions on a quarter of the sites, a few of them printed as "Q:" and "A:"), on a part of
  their own bare or before a colon or a full stop, or run in before a colon, an em or en dash, a full stop or a hyphen,
  one way a policy or each item its own, now and then an item without one, or none at all; numbered ("1." "1)" "1 -"
  "Rule 1." "#1" "1/" "Rule One:" "[1]"), lettered ("A." "(a)" "a)" "A -"), bulleted ("•" "-" "*" "◦" "►" "✓" "→" "○")
  or neither, the marker before whatever the item prints first; a quarter of the sites never say "comment" (post,
  message, reply, contribution, response); opening, closing and title lines. **Held out** for the next change to the
  notice: its figure printed once on main's code before that change (removal P=0.995 R=0.868 F1=0.9271 exact=0.670, 16
  article lines lost, 525 chrome lines missed), its lines not looked at. That figure was drawn with reworded-97 listed
  right after reworded-93 (the families draw one after another, so in place it may differ). In place, main's code
  (round 82) scored P=0.996 R=0.858 F1=0.9220 exact=0.700, 16 lost, 621 missed. Scored with reworded-94 to -97 as one
  pool for the change after it (round 87: a small letter or Roman numeral before a stop numbers a list; null) and once
  more for another (round 88: a list's number after a slash, a section's, "Rule #4"; adopted): used up, design data
  since.
- ``reworded-98`` (``seed_families/reworded_98.py``, ``REWORDINGS_98``, 2026-12-04), written from how sites word and
  print their posting rules (Estonian, Latvian and Finland-Swedish English-language pages, Tyneside and Wearside
  papers, Texas Gulf Coast and Galveston weeklies, community growing schemes, handbell ringers, parish food pantries,
  amateur dramatic societies, wheelchair basketball clubs), without reading the cleaner's code or reports: fifteen
  item kinds (civility, referees and volunteer casts, hatred against nationalities, language groups, disabled players
  and immigrants, privacy of pantry clients, youth-theatre members and players' classification, moderation delays
  (Tallinn and Riga office hours, volunteers, hurricane season and power cuts, first posts held), topic and the
  members' area, advertising, the swap board and resold tickets, real names and one account each, the law (libel,
  contempt of court, Estonian and Latvian law on incitement, Texas law on opinion), copyright of articles, scripts,
  scores, handbell arrangements and performance photographs, reporting, the editor's, moderators' or committee's
  discretion, corrections, news tips and match reports, language (English, with Estonian, Latvian, Russian and
  Swedish on sister sites, Geordie and Mackem, Spanish and Vietnamese; swearing, capitals), warnings, suspension and
  bans, safety and advice (112 and 999, storms, weedkillers and home preserving)), each with five or six headings, one
  or two of them questions, and five sentences; two or three items 0.15 of the time, else four to twelve, in the
  table's order or as drawn, one to three sentences an item, as parts of their own or (0.3 of the sites) as one
  paragraph, some with an e-mail or web address; headings in sentence case, title case or capitals (questions on a
  little over a fifth of the sites), on a part of their own bare or before a colon or a full stop, or run in before a
  colon, an en or em dash, a hyphen, a full stop or only a space (a bold heading scraped bare), one way a policy or
  each item its own, now and then an item without one, or none at all; numbered ("1." "1)" "(1)" "1 -" "01." "Rule 1."
  "§ 1" "1:" "Section 1:"), lettered ("a." "(a)" "A)" "A."), in small Roman numerals ("i." "(i)"), bulleted ("•" "-"
  "*" "–" "■" "◆" "→" "·") or neither, the marker before whatever the item prints first; a quarter of the sites never
  say "comment" (post, message, reply, contribution, response); opening, closing and title lines. **Held out** for the
  next change to the notice: its figure printed once on main's code before that change (removal P=0.997 R=0.811
  F1=0.8944 exact=0.630, 12 article lines lost, 796 chrome lines missed), its lines not looked at. Its writer saw,
  reading reworded-85's module for its shape, the comment line over its table and the first kind's name (no headings
  or sentences), and, by a command that printed further than meant after reworded-98 was written and measured,
  fragments of a few other families' paragraphs in this docstring (none of their tables). In place, with reworded-99 to
  -101 after it, main's code (round 88) scored the same. Scored with reworded-98 to -101 as one pool for the change
  after it (round 89: beside a box, a policy hard-wrapped past the window is read further; adopted) and once more for
  another (round 90: the same printed last; adopted): used up, design data since.
- ``reworded-99`` (``seed_families/reworded_99.py``, ``REWORDINGS_99``, 2026-12-04), written from how sites word and
  print their posting rules (Zanzibari, Comorian and Réunionese English-language pages, Cotswolds and Forest of Dean
  papers, Wisconsin Driftless and Door County weeklies, cyclocross clubs, patchwork circles, night-shelter volunteers,
  model-aircraft clubs, male-voice choirs), without reading the cleaner's code or reports: sixteen item kinds (civility
  and heckling kept to the run-up, hatred of faiths, islands and Réunion's communities, privacy of shelter guests,
  addresses and number plates at the flying field, junior riders and choristers, moderation delays (a small newsroom in
  Stone Town, Ramadan hours, press night, volunteers), topic and the members' and swap boards, advertising and the For
  Sale section, real names and one account each, the law (responsibility, cases before the courts, libel, Tanzanian and
  Zanzibari law, French law), copyright of articles, quilt patterns, choir arrangements and photographs, reporting, the
  editor's or committee's discretion, errors, results and news tips, language (English, Kiswahili, French, Welsh;
  swearing, capitals, text-speak), warnings, suspension and bans, safety and emergencies (999, 112, 911, the shelter's
  night line, airspace)), each with five or six headings, one or two of them questions, and five sentences; two or three
  items a fifth of the time, else four to twelve, in the table's order or as drawn, one to three sentences an item, each
  a part of its own or (0.3 of the policies) run together as one paragraph, some with an e-mail address; headings in
  sentence case, title case, capitals or lower case (questions in a fifth of the policies, set as "Q:" and "A:" in a
  third of those), on a part of their own bare or after a full stop or a colon, or run in before a colon, a full stop, a
  hyphen, two hyphens, an en or em dash, one way a policy or each item its own, now and then an item without one, or
  none at all; numbered ("1." "1)" "(1)" "1 -" "1:" "[1]" "#1" "Rule 1." "Rule 1 \u2013" and the section's "4.1"), in
  words ("Rule One:"), lettered, in Roman numerals, bulleted ("\u2022" "-" "*" "\u2013" "\u25e6" "\u25cb" "\u25ba"
  "\u2713" ">" "\u00bb" "\u25a0") or neither, the marker before the heading or before the first sentence; a quarter of
  the sites never say "comment" (post, message, reply, contribution, response); opening, closing and title lines.
  **Held out** for the next change to the notice: its figure printed once on main's code before that change (removal
  P=0.995 R=0.928 F1=0.9608 exact=0.735, 15 article lines lost, 252 chrome lines missed), its lines not looked at. That
  figure was drawn with reworded-99 listed right after reworded-97 (the families draw one after another, so in place it
  may differ). In place, main's code (round 88) scored P=0.998 R=0.886 F1=0.9384 exact=0.755, 7 lost, 460 missed. Scored
  with reworded-98 to -101 as one pool for the change after it (round 89: beside a box, a policy hard-wrapped past the
  window is read further; adopted) and once more for another (round 90: the same printed last; adopted): used up, design
  data since.
- ``reworded-100`` (``seed_families/reworded_100.py``, ``REWORDINGS_100``, 2026-12-04), written from how sites word
  and print their posting rules (Tongan, Niuean and Cook Islands English-language news, Shropshire and Welsh Marches
  papers, Chesapeake Eastern Shore weeklies, ultimate frisbee clubs, bookbinding guilds, credit-union member forums,
  tenant associations of tower blocks, astronomy outreach volunteers), without reading the cleaner's code or reports:
  fifteen item kinds (civility and the spirit of the game, hatred of peoples, faiths, islands and villages, privacy of
  addresses, flat numbers and members' accounts, junior players and children at star parties, moderation delays (the
  Tongan Sabbath, an island's link, volunteers' evenings, press night), topic and the right board, advertising, the
  telescope sales board and loan offers, real names, one account each and members only, the law (defamation, contempt,
  the Kingdom's laws), copyright of articles, astrophotographs and bindings, reporting and corrections, the editor's,
  moderators' or committee's discretion, language (English, Tongan, Niuean, Cook Islands Maori, Welsh; swearing,
  capitals, length), warnings, suspension and bans, safety and scams (PINs, solar filters, fire doors, tide
  warnings)), each with five or six headings, a question or two, and five sentences; two to four items a fifth of the
  time, else five to thirteen, in the table's order, as drawn but the first kind first, or as drawn, one to three
  sentences an item, two of them run together on one line on some sites, some with an e-mail address; headings in
  sentence case, title case or capitals (questions in a fifth of the policies), on a line of their own bare or after a
  colon or full stop, or run in before a colon, an en or em dash, a full stop, a hyphen or (in capitals) a bare space,
  one way a policy or each item its own, now and then an item without one, or none at all; numbered ("1." "1)" "[1]"
  "Rule 1." "Rule One:" "#1" "1 \u2013" "Point 1:"), lettered, bulleted ("\u2022" "\u25cf" "\u25cb" "\u25ba"
  "\u2713" "\u2192" "*" "-" "\u2013" ">") or neither, the marker before whatever the item prints first; set as clauses
  ("3." before the heading, "3.1" "3.2" before its sentences) on a few sites, and as a Q and A ("Q:" "A:") on some
  sites whose headings are questions; a quarter of the sites never say "comment" (post, message, reply,
  contribution); opening, closing and title lines (titles in title case on some sites). **Held out** for the next
  change to the notice: its figure printed once on main's code before that change (removal P=0.997 R=0.965 F1=0.9810
  exact=0.805, 13 article lines lost, 163 chrome lines missed), its lines not looked at. That figure was drawn with
  reworded-100 listed right after reworded-97 (the families draw one after another, so in place it may differ). Its
  writer saw, by commands that printed further than meant, a few lines of reworded-97's paragraph and one line of
  another family's paragraph in this docstring (their markers; none of their tables). In place, main's code (round 88)
  scored P=0.996 R=0.928 F1=0.9607 exact=0.755, 13 lost, 269 missed. Scored with reworded-98 to -101 as one pool for the
  change after it (round 89: beside a box, a policy hard-wrapped past the window is read further; adopted) and once more
  for another (round 90: the same printed last; adopted): used up, design data since.
- ``reworded-101`` (``seed_families/reworded_101.py``, ``REWORDINGS_101``, 2026-12-04), written from how sites word and
  print their posting rules (Sámi and northern Norwegian English-language pages, Lake District and Furness papers,
  Arizona border-town weeklies, fell-running clubs, weaving guilds, community energy co-ops, befriending services for
  older people, Scrabble clubs), without reading the cleaner's code or reports: sixteen item kinds (civility, hatred
  against Sámi, Kven and Roma people, migrants and offcomers, privacy of addresses and race photographs, safeguarding of
  befriended older people and junior runners, moderation delays (volunteers, 17 May, press day, Arizona time), topic and
  the right place (race secretary, word list, co-op office), advertising and the sales page, real names and one account
  each, the law (defamation, contempt, Norwegian law, naming people at the port of entry), copyright of articles, race
  photographs, weaving drafts and duodji, reporting, the editor's or committee's discretion, corrections, results and
  news tips, language (English, Northern Sámi, Norwegian, Spanish, Cumbrian; swearing, capitals), warnings, suspension
  and bans, safety and advice on the fells, with electrics, health and calving grounds), each with five or six headings,
  a question or two, and five sentences; two or three items 0.15 of the time, else four to thirteen, in the table's
  order or as drawn, one to three sentences an item in order or shuffled, some with an e-mail address; headings in
  sentence case, title case or capitals (questions in a quarter of the policies, set as "Q:" and "A:" in a tenth of
  those), on a part of their own bare or after a full stop or a colon, or run in before a colon, a full stop, an en or
  em dash or a hyphen, one way a policy or each item its own, now and then an item without one, or none at all; numbered
  ("1." "1)" "(1)" "§1" "Point 1:" "1 –" "No. 1:" "1:"), lettered ("a." "(a)" "A." "A)"), in Roman numerals ("I." "(i)"
  "i."), bulleted ("•" "◦" "-" "*" "–" "■" "►" "✓") or neither, the marker before whatever the item prints first; a
  quarter of the sites never say "comment" (post, message, reply, contribution); opening, closing and title lines.
  **Held out** for the next change to the notice: its figure printed once on main's code before that change (removal
  P=0.997 R=0.855 F1=0.9205 exact=0.630, 12 article lines lost, 626 chrome lines missed), its lines not looked at. That
  figure was drawn with reworded-101 listed right after reworded-97 (the families draw one after another, so in place it
  may differ). Its writer saw, by a command that printed further than meant and before reworded-101 was written, a few
  lines of other families' paragraphs in this docstring (reworded-87 to -97, among them part of reworded-97's list of
  markers), none of their tables. In place, main's code (round 88) scored P=0.998 R=0.864 F1=0.9261 exact=0.725, 9 lost,
  622 missed. Scored with reworded-98 to -101 as one pool for the change after it (round 89: beside a box, a policy
  hard-wrapped past the window is read further; adopted) and once more for another (round 90: the same printed last;
  adopted): used up, design data since.
- ``reworded-102`` (``seed_families/reworded_102.py``, ``REWORDINGS_102``, 2026-12-04), written from how sites word and
  print their posting rules (Belizean and Honduran Bay Islands English-language news, Humber and East Riding papers,
  Nevada and eastern Oregon high-desert weeklies, lawn-bowls clubs, calligraphy societies, hospice volunteers,
  rescue-horse sanctuaries, retired miners' welfare groups), without reading the cleaner's code or reports: sixteen item
  kinds (civility, hatred against communities, faiths and neighbours, privacy of patients, rehomed horses and members'
  claims, moderation delays (volunteers, power cuts on the islands, press night, a closed office), topic and the letters
  page, advertising, spam and the sales page, real names and one account each, the law (responsibility, cases before the
  courts and inquests, Honduran insult law, naming the arrested and victims), copyright of articles, lettering, horse
  photographs and colliery pictures, reporting, the editor's or committee's discretion, errors, results and news tips,
  language (English, Spanish, Kriol, Garifuna, Yorkshire; swearing, capitals, text-speak), warnings, three strikes and
  bans, tributes and condolences, animal welfare and emergencies), each with five headings, a question or two, and five
  sentences; two or three items 0.15 of the time, else four to twelve, in the table's order or shuffled, one to three
  sentences an item, some with an e-mail address; one layout a policy: headings on a part of their own (bare, or after a
  colon or a full stop), run in before the first sentence (after a colon, a hyphen, a double hyphen, an em or en dash or
  a full stop, on some sites drawn anew each item), as questions and answers (with or without "Q:" and "A:"), or none;
  questions in place of headings on a fifth of the other sites; headings in sentence case, title case or capitals, now
  and then an item without one; numbered ("1." "1)" "[1]" "1 –" "Rule One:" "No. 1"), in clause numbers ("5.1"),
  lettered, in Roman numerals, bulleted ("•" "o" "+" "–" "»" "◦" "■" ">") or neither, the marker before whatever the
  item prints first, on a tenth of the sites with headings apart each sentence bulleted under its heading; a quarter of
  the sites never say "comment" (post, message, reply, contribution, letter); opening, closing and title lines. **Held
  out** for the next change to the notice: its figure printed once on main's code before that change (removal P=0.996
  R=0.857 F1=0.9212 exact=0.665, 15 article lines lost, 662 chrome lines missed), its lines not looked at. Its writer
  saw, while finding where to add this paragraph, fragments of a few other families' paragraphs in this docstring (none
  of their tables). In place, with reworded-103 to -105 after it, main's code (round 90) scored the same. Scored with
  reworded-102 to -105 as one pool for the change after it (round 91: read back from a box, a policy's closing line next
  to the box is passed over; adopted). And once more for another (round 92: a question in the reader's voice at an
  item's start is on the policy's subject; adopted): used up, design data since.
- ``reworded-103`` (``seed_families/reworded_103.py``, ``REWORDINGS_103``, 2026-12-04), written from how sites word
  and print their posting rules (Faroese and Shetland-adjacent English pages, Perthshire and Angus papers, Upper
  Michigan and Wisconsin Northwoods weeklies, kayak-polo clubs, pottery co-ops, youth-homelessness charities, vintage
  motorcycle clubs, community choirs for people with dementia), without reading the cleaner's code or reports: fifteen
  item kinds (civility and playing the ball, not the player, hatred of incomers, islanders, tribal members and people
  who are homeless, privacy and safeguarding of young people and choir members, moderation delays (volunteers, the deer
  season, gales on the isles), topic and the members' area or studio board, advertising, spam and the club's For Sale
  pages, real names, nicknames and one account each, the law (responsibility, accusations, contempt under Scots law,
  defamation across the state line), copyright of articles, photographs, glaze recipes, choir arrangements and old
  workshop manuals, reporting, the editor's, moderators' or committee's discretion, corrections and news tips, language
  (English, Faroese, Danish, Scots, Doric, Ojibwe; swearing, capitals, emojis), warnings, suspensions and bans, safety
  and wellbeing (emergencies, nowhere to stay tonight, Samaritans, advice on riding, paddling and firing)), each with
  five or six headings, a question or two, and five sentences; two or three items 0.15 of the time, else four to
  twelve, in the table's order or as drawn, one to three sentences an item, run together in one part on some sites,
  some with an e-mail address or a telephone number; headings in sentence case, title case or capitals (questions in a
  fifth of the policies, about a third of those set as "Q:" with the sentence after "A:"), on a part of their own bare
  or after a colon or a full stop, or run in before a colon, an em or en dash, a hyphen or a full stop, one way a policy
  or each item its own, now and then an item without one, or none at all; numbered ("1." "1)" "1 \u2013" "01." "#1"
  "Rule 1." "No. 1:"), lettered ("a." "(a)" "A)"), counted in words ("Rule one:" "One." "Rule One \u2013"), bulleted
  ("\u2022" "\u2013" "*" "\u2713" "\u203a" "\u25a0" "+") or neither, the marker before whatever the item prints
  first; a quarter of the sites never say "comment" (post, message, reply, contribution); opening, closing and title
  lines. **Held out** for the next change to the notice: its figure printed once on main's code before that change
  (removal P=0.995 R=0.906 F1=0.9487 exact=0.730, 17 article lines lost, 364 chrome lines missed), its lines not
  looked at. That figure was drawn with reworded-103 listed right after reworded-101 (the families draw one after
  another, so in place it may differ). Its writer saw, in reading reworded-85's module for its shape, the comment line
  over its table and the first kind's name (no headings or sentences), and, in finding where this paragraph goes, the
  last lines of reworded-101's paragraph, and, by a search that printed further than meant after reworded-103 was
  written and measured, a few lines of early families' paragraphs in this docstring with their lists of markers (none
  of any family's tables). In place, main's code (round 90) scored P=0.997 R=0.879 F1=0.9341 exact=0.745, 10 lost, 480
  missed. Scored with reworded-102 to -105 as one pool for the change after it (round 91: read back from a box, a
  policy's closing line next to the box is passed over; adopted). And once more for another (round 92: a question in the
  reader's voice at an item's start is on the policy's subject; adopted): used up, design data since.
- ``reworded-104`` (``seed_families/reworded_104.py``, ``REWORDINGS_104``, 2026-12-04), written from how sites word
  and print their posting rules (Malagasy and Mozambican English-language news, Cornish mining-town papers, Louisiana
  Acadiana weeklies, table-top gaming clubs, book-restoration guilds, refugee English-conversation groups, lifeboat
  fundraisers, ukulele orchestras), without reading the cleaner's code or reports: sixteen item kinds (civility, hatred
  against peoples, faiths, regions (highlanders and coastal people, north and south) and refugees, privacy of learners
  who fled danger, club-night photographs and asylum details, moderation delays (volunteers, power cuts in
  Antananarivo, press day, Mardi Gras, lifeboat launches), topic and the right place (club forum, the guild's repair
  clinic), advertising, the sales board and collecting money, real names, nicknames and one account each, the law
  (responsibility, Madagascar's cybercrime law, Mozambique's press law, cases before the courts, court orders),
  copyright of articles, rulebooks and scenarios, arrangements and the station's photographs, reporting, the editor's
  or committee's discretion, corrections, news tips and tournament results, language (English, French, Malagasy,
  Portuguese, Cajun French, Cornish; learners' mistakes, swearing, capitals), warnings, suspension and bans, safety and
  advice (at sea, old mine workings, book repair, hurricane season, asylum), spoilers), each with four to six headings,
  a question or two, and four or five sentences; two or three items 0.18 of the time, else four to twelve, in the
  table's order or as drawn, one to three sentences an item in order or shuffled, each a part of its own or run
  together in one, some with an e-mail address; headings in sentence case, title case or capitals (questions in about
  a fifth of the policies), apart from the sentences bare or after a full stop, a colon or a spaced colon (" :"), or
  run in before a colon, a full stop, an em or en dash, a hyphen or a spaced colon, one way a policy or each item its
  own, now and then an item without one, or none at all; numbered ("1." "1)" "[1]" "#1" "1/" "Rule 1." "1 —" "1:"),
  numbered under a section ("4.1"), lettered ("a." "A." "(a)" "A)"), in Roman numerals ("I." "I)" "(i)"), bulleted
  ("•" "·" "○" "◆" "→" "+" "►" "—") or neither, the marker before whatever the item prints first; a quarter of the
  sites never say "comment" (post, message, reply, contribution); opening, closing and title lines. **Held out** for
  the next change to the notice: its figure printed once on main's code before that change (removal P=0.997 R=0.931
  F1=0.9629 exact=0.730, 13 article lines lost, 274 chrome lines missed), its lines not looked at. That figure was
  drawn with reworded-104 listed right after reworded-101 (the families draw one after another, so in place it may
  differ). Its writer saw, besides reworded-82 to -85's paragraphs, reworded-101's paragraph in this docstring (read to
  place this one after it) and, in the output of a search for line numbers, single lines of a few other families'
  paragraphs (reworded-86 to -100), none of their tables. In place, main's code (round 90) scored P=0.997 R=0.905
  F1=0.9489 exact=0.700, 11 lost, 390 missed. Scored with reworded-102 to -105 as one pool for the change after it
  (round 91: read back from a box, a policy's closing line next to the box is passed over; adopted). And once more for
  another (round 92: a question in the reader's voice at an item's start is on the policy's subject; adopted): used up,
  design data since.
- ``reworded-105`` (``seed_families/reworded_105.py``, ``REWORDINGS_105``, 2026-12-04), written from how sites word
  and print their posting rules (Kiribati, Tuvalu and Marshall Islands English-language news, Northumberland coast and
  Holy Island papers, Montana Hi-Line weeklies, cross-country ski clubs, stained-glass studios, prison-visitor schemes,
  community pharmacies' patient groups, chess-boxing and bridge-and-bowls social clubs), without reading the cleaner's
  code or reports: sixteen item kinds (civility, hatred against islanders, Native nations of the Hi-Line and prisoners'
  families, privacy of prisoners, visitors and patients' medicines, safeguarding of junior skiers and visiting
  families, moderation delays (across the date line, outer-island links, the causeway's tides, harvest and calving),
  topic and the right place (pharmacist, grooming report, scheme coordinator), advertising, the ski swap and the
  studio's sales list, real names and one account each, the law (defamation, cases before the courts in Betio, Majuro
  and Newcastle, appeals), copyright of articles, photographs, window designs and club games, reporting, the editor's
  or committee's discretion, corrections, complaints and news tips, language (English, Gilbertese, Tuvaluan,
  Marshallese, Northumbrian; swearing, capitals, length), warnings and bans, safety and advice (medicines, the
  causeway, avalanches, lead and glass, sparring)), each with five or six headings, a question or two, and five
  sentences; two or three items 0.18 of the time, else four to twelve, in the table's order or as drawn, one to three
  sentences an item in order or shuffled, as parts of their own or run together as one paragraph, some with an e-mail
  address; headings in sentence case, title case or capitals (questions in about a fifth of the policies), on a part
  of their own bare or after a colon or a full stop (now and then with the sentences set beneath them as sub-points),
  or run in before a colon, an en or em dash, a full stop, a hyphen or (in capitals) a bare space, one way a policy or
  each item its own, now and then an item without one, or none at all; numbered ("1." "1)" "(1)" "[1]" "01." "Rule 1."
  "Guideline 1:" "1 –" "#1"), lettered, in Roman numerals, bulleted ("•" "○" "◆" "-" "*" "~" "→" "▸" "–") or
  neither, the marker before whatever the item prints first; a quarter of the sites never say "comment" (post,
  message, reply, contribution, submission); opening, closing and title lines. **Held out** for the next change to
  the notice: its figure printed once on main's code before that change (removal P=0.999 R=0.765 F1=0.8663
  exact=0.605, 4 article lines lost, 1028 chrome lines missed), its lines not looked at. That figure was drawn with
  reworded-105 listed right after reworded-101 (the families draw one after another, so in place it may differ). Its
  writer saw, besides reworded-85's module for its shape, the first lines of reworded-101's module docstring and, by a
  command that printed further than meant after reworded-105 was written and measured, a few over-long lines of other
  families' paragraphs in this docstring (parts of some lists of markers), none of their tables. In place, main's code
  (round 90) scored P=0.997 R=0.789 F1=0.8810 exact=0.625, 10 lost, 822 missed. Scored with reworded-102 to -105 as one
  pool for the change after it (round 91: read back from a box, a policy's closing line next to the box is passed over;
  adopted). And once more for another (round 92: a question in the reader's voice at an item's start is on the policy's
  subject; adopted): used up, design data since.
- ``reworded-106`` (``seed_families/reworded_106.py``, ``REWORDINGS_106``, 2026-12-04), written from how sites word
  and print their posting rules (Sri Lankan and Maldivian English-language news, Orkney papers, Ozark weeklies, rowing
  clubs, beekeeping associations, food banks, model railway societies, singing groups for people with Parkinson's),
  without reading the cleaner's code or reports: seventeen kinds of item (civility, hatred, privacy, safeguarding,
  moderation delays, topic, advertising and sales, real names and accounts, the law, copyright, reporting, the
  editor's discretion, corrections and news tips, language, warnings and bans, advice and safety, getting help), each
  five or six headings (a question among them) and five sentences, in British spelling with the site's word for what
  readers send ("comment", or "post", "message", "reply", "contribution"; a quarter of sites never say "comment");
  two to four items or five to thirteen, in the table's order or drawn, one to three sentences each, sometimes run
  together; headings in sentence case, title case or capitals, on their own part or run in, or none; items numbered,
  lettered, in Roman numerals, bulleted or unmarked, in the shapes such sites print, with sub-points beneath some
  headings; opening, closing and title lines by ``_furnish``, American spelling by ``AMERICAN_106``. **Held out** for
  the next change to the notice: its lines not looked at. Its figure, printed once on main's code (round 90), in place:
  removal P=0.996 R=0.908 F1=0.9498 exact=0.760, 15 article lines lost, 370 chrome lines missed. Scored with
  reworded-106 to -109 as one pool for the change after it (round 93: beside the box, a run that speaks to the readers
  needs no mean length, and a letter's salutation ends the run; null). Its writer saw, by accident, the last lines of
  reworded-105's paragraph and reworded-105's module docstring, helper functions and marker constants (not its table).
  And once more for another (round 94: printed twice, a long item's sentence on the subject that speaks to the readers
  or states a rule is an item's; null): used up, design data since.
- ``reworded-107`` (``seed_families/reworded_107.py``, ``REWORDINGS_107``, 2026-12-04), written from how sites word
  and print their posting rules (Namibian and Botswanan English-language news, Isle of Man papers, Texas Panhandle
  weeklies, indoor climbing walls, ceramics guilds, allotment societies, carers' support networks, amateur astronomy
  clubs), without reading the cleaner's code or reports: sixteen item kinds (civility, hatred, privacy, safeguarding,
  moderation delays, topic, advertising and spam, real names and accounts, the law, copyright, reporting, the
  editor's or moderators' discretion, corrections and news, language, warnings and bans, safety and advice), five
  or six headings each (questions among them) and five sentences, and one more item kind for each kind of site
  (letters for the news sites; beta and spoilers, glazes and kilns, plots and chemicals, confidentiality and
  medical advice, the Sun and the dark site for the clubs); each document one site, its words for itself, its
  staff, its organisation, its readers, its law and what readers send ({c} {cs} {C} {Cs}: "comment", or "post",
  "message", "reply", "contribution", about a quarter of sites never saying "comment"); two to sixteen items (few
  sometimes, often many), in the table's order or drawn, one to three sentences an item; the site's own way of
  printing headings, markers and sentences; opening, closing (a club's sign-off among them) and title lines by
  ``_furnish``; British spelling, American always for a Texas site. **Held out** for the next change to the notice:
  its lines not looked at. Its figure, printed once on main's code (round 90), in place: removal P=0.997 R=0.959
  F1=0.9772 exact=0.760, 14 article lines lost, 172 chrome lines missed. Scored with reworded-106 to -109 as one pool
  for the change after it (round 93: beside the box, a run that speaks to the readers needs no mean length, and a
  letter's salutation ends the run; null). Its writer saw, by accident, the first paragraphs of this docstring
  (reworded-4 to -7) and the last lines of reworded-105's paragraph. And once more for another (round 94: printed twice,
  a long item's sentence on the subject that speaks to the readers or states a rule is an item's; null): used up, design
  data since.
- ``reworded-108`` (``seed_families/reworded_108.py``, ``REWORDINGS_108``, 2026-12-04), written from how sites word and
  print their posting rules (Fijian and Samoan English-language news, Channel Islands papers, Appalachian weeklies,
  canal restoration trusts, quilting circles, men's sheds, blood-donor volunteer groups, drag-racing clubs), without
  reading the cleaner's code or reports: sixteen item kinds (civility, hatred, privacy, safeguarding, moderation
  delays, topic, advertising and selling, real names and accounts, the law, copyright, reporting, editor's discretion,
  corrections and news tips, language, warnings and bans, safety and advice), five or six headings each (questions
  among them) and five sentence choices of one sentence or two; per site its word for what readers send ("comment"
  three times in four, else post, message, reply or contribution, never "comment" then), what it calls itself and who
  moderates; two to four items (0.25) or five to sixteen, in the table's order (0.5) or drawn, one to three sentences
  an item; headings on every item, none or some, as written, title case, sentence case or capitals, on their own part
  (a stop, a colon or nothing) or run in before a colon, stop or dash; numbered, lettered, roman, "Rule n" or bulleted
  markers or none, final stops left off on some marked sites, "Q:"/"A:" question items on a few, a forum's "posted
  by" and "last edited" lines (0.15); opening, closing and title lines (``_furnish``). **Held out** for the next
  change to the notice: its lines not looked at. Its figure, printed once on main's code (round 90), in place: removal
  P=0.997 R=0.857 F1=0.9215 exact=0.675, 11 article lines lost, 610 chrome lines missed. Scored with reworded-106 to
  -109 as one pool for the change after it (round 93: beside the box, a run that speaks to the readers needs no mean
  length, and a letter's salutation ends the run; null). And once more for another (round 94: printed twice, a long
  item's sentence on the subject that speaks to the readers or states a rule is an item's; null): used up, design data
  since.
- ``reworded-109`` (``seed_families/reworded_109.py``, ``REWORDINGS_109``, 2026-12-04), written from how sites word
  and print their posting rules (Trinidad and Tobago and Barbadian news, Welsh valleys papers, Alaska Panhandle
  weeklies, orienteering clubs, bookbinding workshops, tenants' associations, cancer support forums, model-aircraft
  flying clubs), without reading the cleaner's code or reports: sixteen item kinds (civility, hatred, privacy,
  safeguarding and crisis, moderation delays, topic and sections, advertising and selling, real names and accounts,
  the law and the courts, copyright, reporting, the editor's discretion, corrections and news tips, language and
  Welsh, warnings and bans, medical, tenancy and flying safety and advice), five or six headings each (a question
  among them) and five choices of one to three sentences; the site's word for what readers send ("comment", or
  "post", "message", "reply" or "contribution", 0.25); two to four kinds (0.25) or seven to sixteen, in the table's
  order (0.5) or drawn; headings as written, in title case or in capitals, in Welsh and English (0.08), on a part
  of their own or run in before a colon, a stop or a dash, or none (0.12; for one item 0.06); numbered, lettered,
  roman, bulleted or unmarked items, numbered sentences under a heading (3.1) or sentences as sub-bullets; an
  opening, a closing and a title line by ``_furnish``. **Held out** for the next change to the notice: its lines
  not looked at. Its figure, printed once on main's code (round 90), in place: removal P=0.998 R=0.969 F1=0.9829
  exact=0.780, 11 article lines lost, 149 chrome lines missed. Scored with reworded-106 to -109 as one pool for the
  change after it (round 93: beside the box, a run that speaks to the readers needs no mean length, and a letter's
  salutation ends the run; null). Its writer saw, by accident, a few lines of other families' paragraphs (figures and a
  few words on how they print). And once more for another (round 94: printed twice, a long item's sentence on the
  subject that speaks to the readers or states a rule is an item's; null): used up, design data since.
- ``reworded-110`` (``seed_families/reworded_110.py``, ``REWORDINGS_110``, 2026-12-04), written from how sites word
  and print their posting rules (Papua New Guinea and Solomon Islands English-language news, Hebridean papers,
  Mississippi Delta weeklies, cricket leagues, lace-making circles, volunteer fire brigades, autism parent networks,
  vintage tractor clubs), without reading the cleaner's code or reports: seventeen item kinds (civility, hatred,
  privacy, safeguarding, moderation delays, topic, advertising and money schemes, real names and accounts, the law,
  copyright, reporting, editor's discretion, corrections and news tips, language, warnings and bans, safety and
  advice, incidents and loss), five or six headings each (a question among them) and five choices of one to three
  sentences, and for each kind two clauses of a site's terms of use; the site's word for what readers send
  ("comment", or "post", "message", "reply" or "contribution", 0.25); two to four kinds (0.25) or six to seventeen,
  in the table's order (0.5) or drawn; terms of use (0.1: a lead line, then lettered, roman or numbered clauses
  ending in semicolons) or headed items: headings as written, in title case or in capitals, between asterisks
  (0.06), on a part of their own (then a stop, a colon, an exclamation mark or nothing) or run in before a colon,
  a stop or a dash, or none (0.12; for one item 0.06); numbered, "Rule N –", lettered, roman, bulleted (bullets,
  dashes, stars, arrows, emoji) or unmarked items, the number on a part of its own (0.1), sentences as sub-bullets
  (0.12) or numbered 4.1, 4.2 under a numbered heading (0.3); an opening, a closing and a title line by
  ``_furnish``. **Held out** for the next change to the notice: its lines not looked at. Its figure, printed once on
  main's code (round 92), in place: removal P=0.997 R=0.885 F1=0.9379 exact=0.730, 11 article lines lost, 482 chrome
  lines missed. Its writer saw, by accident, the end of reworded-109's paragraph and some long lines of other families'
  paragraphs. Scored with reworded-110 to -113 as one pool for the change after it (round 95: beside the box, an item
  off the subject is passed over where two of the policy's sentences stand beyond it; not adopted, a test failed). And
  once more for another (round 96: the same, next to the box only after it; adopted): used up, design data since.
- ``reworded-111`` (``seed_families/reworded_111.py``, ``REWORDINGS_111``, 2026-12-04), written from how sites word and
  print their posting rules (Ghanaian and Sierra Leonean English-language news, Cornish-Devon border papers, Nebraska
  Sandhills weeklies, gliding clubs, folk-dance societies, hospice shops, stroke survivors' groups, pigeon-racing
  federations), without reading the cleaner's code or reports: seventeen item kinds (civility, hatred and tribalism,
  privacy, safeguarding, moderation delays, topic, advertising and sales, real names and accounts, the law,
  copyright, reporting, the editor's discretion, corrections and news tips, language, warnings and bans, medical
  and flying safety advice, a disclaimer), each with five or six headings (questions among them) and five
  sentences, an item one to three of them; the site's word for what readers send (not "comment" for a quarter of
  sites); two to four kinds or six to seventeen, in the table's order or drawn; headings in several cases, on a
  part of their own, run in or left off; numbered, lettered, roman, bulleted, keycap-emoji or unmarked items, with
  some rule-book and plain-text printings of their own; an opening, a closing and a title line by ``_furnish``.
  **Held out** for the next change to the notice: its lines not looked at. Its figure, printed once on main's code
  (round 92), in place: removal P=0.998 R=0.924 F1=0.9593 exact=0.755, 10 article lines lost, 377 chrome lines missed.
  Its writer saw, by accident, the code at the end of reworded-109's module (not its table). Scored with reworded-110 to
  -113 as one pool for the change after it (round 95: beside the box, an item off the subject is passed over where two
  of the policy's sentences stand beyond it; not adopted, a test failed). And once more for another (round 96: the same,
  next to the box only after it; adopted): used up, design data since.
- ``reworded-112`` (``seed_families/reworded_112.py``, ``REWORDINGS_112``, 2026-12-04), written from how sites word
  and print their posting rules (Malaysian and Bruneian English-language news, Scottish Borders papers, Louisiana
  parish weeklies, water-polo clubs, watercolour societies, refugee welcome groups, diabetes support forums,
  steam-railway preservation societies), without reading the cleaner's code or reports: sixteen item kinds
  (civility, hatred and the "3R", privacy, safeguarding and crisis, moderation delays, topic and sections,
  advertising and selling, real names and accounts, the law (Scots contempt, Malaysian statutes), copyright,
  reporting, the editor's discretion, corrections and news tips, language, warnings and bans, medical, lineside,
  water and immigration safety and advice), five or six headings each (a question or two among them) and five
  sentences, one to three drawn for an item; the site's word for what readers send ("comment", or "post",
  "message", "reply" or "contribution", 0.25); two to four kinds (0.25) or seven to sixteen, in the table's order
  (0.5) or drawn; headings as written, in title case or in capitals, Malay beside English (0.07), in asterisks
  (0.05), on a part of their own or run in before a colon, a stop or a dash, or none (0.12; for one item 0.06);
  a question-and-answer site (0.08); numbered, lettered, roman, bulleted or unmarked items, sentences as
  sub-bullets (0.12) or lettered clauses (0.08) under a heading; an opening, a closing and a title line by
  ``_furnish``. **Held out** for the next change to the notice: its lines not looked at. Its figure, printed once on
  main's code (round 92), in place: removal P=0.998 R=0.940 F1=0.9680 exact=0.740, 10 article lines lost, 310 chrome
  lines missed. Its writer saw, by accident, part of reworded-109's paragraph and reworded-109's helper names and
  constants (not its table). Scored with reworded-110 to -113 as one pool for the change after it (round 95: beside the
  box, an item off the subject is passed over where two of the policy's sentences stand beyond it; not adopted, a test
  failed). And once more for another (round 96: the same, next to the box only after it; adopted): used up, design data
  since.
- ``reworded-113`` (``seed_families/reworded_113.py``, ``REWORDINGS_113``, 2026-12-04), written from how sites word
  and print their posting rules (Jamaican and Bahamian news, Fenland papers, Upper Peninsula weeklies, curling clubs,
  woodturning guilds, community fridges, veterans' breakfast clubs, amateur radio contest groups), without reading
  the cleaner's code or reports: seventeen item kinds (civility, hatred, privacy, safeguarding, moderation delays,
  topic, advertising and selling, names, accounts and callsigns, the law, copyright, reporting, the editor's or
  committee's discretion, corrections and news tips, language, warnings and bans, safety and advice, newcomers),
  each five or six headings (a question among them) and five sentence choices of one sentence or two; a site's word
  for what readers send ("comment", or for a quarter of sites "post", "message", "reply" or "contribution"); two to
  four kinds (0.25) or five to seventeen, in the table's order or shuffled; one to three sentences an item; headings
  on their own part, run in before a colon, stop or dash, or none, in sentence case, title case or capitals;
  numbered (keycap digits among the shapes), lettered, roman, bulleted (symbols and emoji) or unmarked items, a
  marker sometimes on its own part, later sentences sometimes sub-pointed; opening, closing and title lines by
  ``_furnish``. **Held out** for the next change to the notice: its lines not looked at. Its figure, printed once on
  main's code (round 92), in place: removal P=0.996 R=0.976 F1=0.9861 exact=0.760, 15 article lines lost, 93 chrome
  lines missed. Scored with reworded-110 to -113 as one pool for the change after it (round 95: beside the box, an item
  off the subject is passed over where two of the policy's sentences stand beyond it; not adopted, a test failed). And
  once more for another (round 96: the same, next to the box only after it; adopted): used up, design data since.
- ``reworded-114`` (``seed_families/reworded_114.py``, ``REWORDINGS_114``, 2026-12-04), written from how sites word
  and print their posting rules (Zambian and Malawian English-language news, Shropshire and Welsh Marches papers,
  Oregon high-desert weeklies, fencing clubs, basket-weaving guilds, lifeboat crews' supporters, epilepsy support
  forums, Morris-dancing sides), without reading the cleaner's code or reports: seventeen item kinds (civility,
  hatred and tribalism, privacy, safeguarding, moderation delays, topic, advertising and spam, names and accounts,
  the law, copyright, reporting, the editor's or admins' discretion, corrections and news tips, language, warnings
  and bans, safety and medical advice, politics and elections), each with five or six headings and five sentence
  choices of one or two sentences; a site's word for what readers send ("comment" 0.75, else "post", "message",
  "reply" or "contribution"); two to four kinds (0.2) or six to all seventeen, in the table's order (0.55) or
  shuffled, one sentence choice an item and another after it (0.2) up to three sentences; each site's own way of
  printing its headings, their case and its markers; opening, closing and title lines, American spelling and
  curly quotes by ``_furnish``. **Held out** for the next change to the notice: its lines not looked at. Its figure,
  printed once on main's code (round 92), in place: removal P=0.999 R=0.960 F1=0.9792 exact=0.825, 4 article lines lost,
  208 chrome lines missed. Its writer saw, by accident, a few lines of reworded-113's paragraph (its figures among them)
  and the code of reworded-113's module (not its table). Scored with reworded-114 to -117 as one pool for the change
  after it (round 97: an item's long sentence measured without its mark and run-in heading beside the box and at the
  page's end; null). And once more for another (round 98: the same printed twice too; null): used up, design data since.
- ``reworded-115`` (``seed_families/reworded_115.py``, ``REWORDINGS_115``, 2026-12-04), written from how sites word
  and print their posting rules (Cook Islands and Niue news, Isle of Wight papers, Kansas Flint Hills weeklies,
  bouldering collectives, letterpress studios, community transport schemes, long-COVID support groups, brass-band
  associations), without reading the cleaner's code or reports: seventeen item kinds (civility, hatred, privacy,
  safeguarding, moderation delays, topic, advertising and spam, real names and accounts, the law, copyright,
  reporting, the editor's discretion, corrections and news tips, language, warnings and bans, safety and advice, the
  languages a site takes), each with five or six headings (a question among them) and five sentence choices; a site's
  word for what readers send ("comment" 0.75, else post, message, reply, contribution or submission); two to four
  kinds (0.3) or six to all, in the table's order or shuffled; one to three sentences an item; headings in sentence
  case, title case or capitals, on their own part, run in, as a question and answer, or none; markers (numbers in
  several shapes, clause numbers, letters, roman numerals, bullets, printer's ornaments, emoji, or none), sub-points
  and rules between items; opening, closing and title lines by ``_furnish``. **Held out** for the next change to the
  notice: its lines not looked at. Its figure, printed once on main's code (round 92), in place: removal P=0.999 R=0.972
  F1=0.9854 exact=0.800, 3 article lines lost, 111 chrome lines missed. Its writer saw, by accident, the end of
  reworded-113's paragraph (its figure) and the code of reworded-113's items function. Scored with reworded-114 to -117
  as one pool for the change after it (round 97: an item's long sentence measured without its mark and run-in heading
  beside the box and at the page's end; null). And once more for another (round 98: the same printed twice too; null):
  used up, design data since.
- ``reworded-116`` (``seed_families/reworded_116.py``, ``REWORDINGS_116``, 2026-12-04), written from how sites word
  and print their posting rules (Guyanese and Surinamese English-language news, Lincolnshire Wolds papers, Vermont
  town weeklies, sea-swimming groups, bonsai societies, credit-union member forums, sight-loss support networks,
  heavy-horse societies), without reading the cleaner's code or reports: seventeen item kinds (civility, hatred,
  privacy, safeguarding, moderation delays, topic, advertising, accounts and real names, the law, copyright,
  reporting, the editor's or committee's discretion, corrections and news tips, language, warnings and bans, safety
  and advice, accessible posting), each with five or six headings and five sentences; a site's word for what
  readers send (a quarter never say "comment") and for the people who send it; two to all seventeen items, in the
  table's order or drawn; one to three sentences an item; headings in sentence, title or capital case, on a line
  of their own or run in, or none; numbered, lettered, roman, bulleted or no markers; opening, closing and title
  lines. **Held out** for the next change to the notice: its lines not looked at. Its figure, printed once on main's
  code (round 92), in place: removal P=0.997 R=0.912 F1=0.9524 exact=0.725, 12 article lines lost, 409 chrome lines
  missed. Its writer saw, by accident, reworded-113's module docstring and the names it defines (not its table). Scored
  with reworded-114 to -117 as one pool for the change after it (round 97: an item's long sentence measured without its
  mark and run-in heading beside the box and at the page's end; null). And once more for another (round 98: the same
  printed twice too; null): used up, design data since.
- ``reworded-117`` (``seed_families/reworded_117.py``, ``REWORDINGS_117``, 2026-12-04), written from how sites word
  and print their posting rules (Tongan and Vanuatu English-language news, County Durham papers, Wyoming
  ranch-country weeklies, canoe-polo clubs, stained-paper marbling guilds, youth-theatre parents' boards, hearing-loss
  forums, steam-fair organisers), without reading the cleaner's code or reports: seventeen item kinds (civility,
  hatred, privacy, safeguarding, moderation delays, topic, advertising and spam, real names and accounts, the law,
  copyright, reporting, the editor's or committee's discretion, corrections and news tips, language, warnings and
  bans, safety and advice, elections), each five or six headings (a question among them) and five sentence choices
  of one sentence or two; a site's word for what readers send ("comment", or for a quarter of sites "post",
  "message", "reply" or "contribution"); two to four kinds (0.25) or five to seventeen, in the table's order or
  shuffled; one to three sentences an item; headings on their own part, run in before a colon, stop or dash, or
  none, in sentence case, title case or capitals, sometimes in a forum's bold asterisks, a question heading
  sometimes printed as "Q:" with its answer as "A:"; numbered (clause numbers among the shapes), lettered, roman,
  bulleted (symbols and emoji) or unmarked items, a marker sometimes on its own part, later sentences sometimes
  sub-pointed; opening, closing and title lines by ``_furnish``. **Held out** for the next change to the notice: its
  lines not looked at. Its figure, printed once on main's code (round 92), in place: removal P=0.996 R=0.947 F1=0.9708
  exact=0.735, 15 article lines lost, 204 chrome lines missed. Its writer saw, by accident, the end of reworded-113's
  paragraph, and reworded-113's module docstring, helper tables and items function (its sentences filtered out). Scored
  with reworded-114 to -117 as one pool for the change after it (round 97: an item's long sentence measured without its
  mark and run-in heading beside the box and at the page's end; null). And once more for another (round 98: the same
  printed twice too; null): used up, design data since.
- ``reworded-118`` (``seed_families/reworded_118.py``, ``REWORDINGS_118``, 2026-12-04), written from how sites word and
  print their posting rules (Faroese and Shetland English-language news, Ayrshire papers, Nebraska sandhills
  weeklies, handbell ringers, orienteering clubs, home-educators' forums, diabetes peer-support boards,
  vintage-tractor rallies), without reading the cleaner's code or reports: seventeen item kinds (civility, hatred,
  privacy, safeguarding, moderation delays, topic, advertising, real names and accounts, the law, copyright,
  reporting, the editor's discretion, corrections and news tips, language, warnings and bans, safety and medical
  advice, respect for others' choices), each with five headings (a question among them) and five sentence
  choices of one sentence or two; per site: the word for what readers send ("comment" 0.75, else "post",
  "message", "reply" or "contribution"), two to four kinds (0.25) or six to seventeen, in the table's order (0.5)
  or shuffled; headings on their own part (0.35), run in before the first sentence (0.45) or none (0.2), in
  sentence case, title case or capitals, sometimes in forum markup, one item in ten without one; markers
  (numbers in several shapes, letters, roman numerals, bullets, symbols or emoji; none 0.3), sometimes on a part
  of their own; numbered clauses and sub-points at times; one to three sentences an item; opening, closing and
  title lines, American spelling and curly quotes by ``_furnish``. **Held out** for the next change to the notice:
  its lines not looked at. Its figure, printed once on main's code (round 96), in place: removal P=0.998 R=0.945
  F1=0.9706 exact=0.745, 8 article lines lost, 232 chrome lines missed. Its writer read, for the module's structure,
  reworded-117's module docstring, the names it defines and its functions (not its table). Scored with reworded-118 to
  -121 as one pool for the change after it (round 99: at the page's end, a year in a law's name does not end the run;
  null). And once more for another (round 100: a dated revision line is passed over as a closing line; null): used up,
  design data since.
- ``reworded-119`` (``seed_families/reworded_119.py``, ``REWORDINGS_119``, 2026-12-04), written from how sites word
  and print their posting rules (Maltese and Gibraltar English-language news, Powys papers, Louisiana parish weeklies,
  kite-surfing clubs, lacemakers' guilds, allotment associations' boards, tinnitus forums, brass-band contests),
  without reading the cleaner's code or reports: sixteen item kinds (civility, hatred, privacy, safeguarding,
  moderation delays, topic, advertising and selling, accounts and real names, the law, copyright, reporting, the
  editor's discretion, corrections and news tips, language, warnings and bans, safety and advice), each with six
  headings (questions among them) and five sentence choices of one or two sentences, a Welsh heading for each kind
  (``WELSH_119``), and a site's word for what readers send ("comment", or for a quarter of sites "post", "message",
  "reply", "contribution" or "posting"); two to four items (0.2) or five to sixteen, in the table's order or shuffled;
  one to three sentences an item; headings on their own part, run in before a colon, stop, dash or bar, or none, in
  sentence case, title case, capitals or a small first letter, sometimes in bold asterisks, unrendered BBCode, square
  brackets or over an underline of "=" or "-", sometimes with the Welsh heading after a slash; numbered (rule,
  section-sign and clause shapes among them), lettered, roman, bulleted (symbols and emoji) or unmarked items, a
  marker sometimes on its own part, sentences sometimes numbered as sub-clauses or marked as sub-points; opening,
  closing and title lines by ``_furnish``. **Held out** for the next change to the notice: its lines not looked at. Its
  figure, printed once on main's code (round 96), in place: removal P=0.997 R=0.926 F1=0.9604 exact=0.750, 13 article
  lines lost, 343 chrome lines missed. Scored with reworded-118 to -121 as one pool for the change after it (round 99:
  at the page's end, a year in a law's name does not end the run; null). And once more for another (round 100: a dated
  revision line is passed over as a closing line; null): used up, design data since.
- ``reworded-120`` (``seed_families/reworded_120.py``, ``REWORDINGS_120``, 2026-12-04), written from how sites word
  and print their posting rules (Sri Lankan and Maldivian English-language news, Isle of Wight papers, Montana Hi-Line
  weeklies, fell-running clubs, quilting circles, foster-carers' networks, long-COVID forums, canal-boat societies),
  without reading the cleaner's code or reports: seventeen item kinds (civility, hatred, privacy, safeguarding,
  moderation delays, topic, advertising and spam, real names and accounts, the law, copyright, reporting, the editor's
  or committee's discretion, corrections and news tips, language, warnings and bans, safety and advice, print and
  republication), each five or six headings (a question or two among them) and five sentences; a site's word for what
  readers send ("comment", or for a quarter of sites "post", "message", "reply" or "contribution"); two to four kinds
  (0.25) or five to seventeen, in the table's order or shuffled; one to three sentences an item, sometimes in one
  part, a terse site's one; headings on their own part, run in before a colon, stop or dash, or none, in sentence
  case, title case or capitals, now and then in square brackets; numbered ("Rule n" among the shapes), lettered,
  roman, bulleted (symbols and emoji) or unmarked items, a marker sometimes on its own part; a shouted "NOT" on some
  sites; a forum post's header or a "last updated" line above the items on some; opening, closing and title lines by
  ``_furnish``. **Held out** for the next change to the notice: its lines not looked at. Its writer saw, by accident,
  the end of reworded-116's paragraph and reworded-117's paragraph. Its figure, printed once on main's code (round 96),
  in place: removal P=0.997 R=0.958 F1=0.9772 exact=0.785, 13 article lines lost, 196 chrome lines missed. Scored with
  reworded-118 to -121 as one pool for the change after it (round 99: at the page's end, a year in a law's name does not
  end the run; null). And once more for another (round 100: a dated revision line is passed over as a closing line;
  null): used up, design data since.
- ``reworded-121`` (``seed_families/reworded_121.py``, ``REWORDINGS_121``, 2026-12-04), written from how sites word
  and print their posting rules (Botswanan and Namibian English-language news, Argyll papers, Maine island weeklies,
  ultimate-frisbee leagues, woodturners' clubs, school PTA boards, stammering-support forums, traction-engine
  societies), without reading the cleaner's code or reports: seventeen item kinds (civility, hatred and tribalism,
  privacy, safeguarding, moderation delays, topic, advertising and spam, names and accounts, the law, copyright,
  reporting, discretion, corrections and tips, language, warnings and bans, safety and advice, length and letters),
  each five or six headings (a question or two among them) and five sentences, with the site's word for what readers
  send ("comment" three sites in four, else post, message, reply, contribution or posting); two to four kinds (0.3)
  or five to fourteen, in the table's order or shuffled; one to three sentences an item, in the table's order;
  headings none (0.15), on their own part (followed by nothing, a stop or a colon) or run in before a colon, stop or
  dash, in the table's case, title case or capitals, questions preferred by some sites; numbered, lettered, roman,
  clause-numbered, "Rule n" or bulleted (symbols and emoji) items or unmarked ones, later sentences sometimes
  sub-pointed; opening, closing and title lines by ``_furnish``. **Held out** for the next change to the notice: its
  lines not looked at. Its writer saw, by accident, the last lines of the paragraph above (reworded-117's printing),
  none of its sentences. Its figure, printed once on main's code (round 96), in place: removal P=0.997 R=0.982 F1=0.9894
  exact=0.830, 15 article lines lost, 77 chrome lines missed. Scored with reworded-118 to -121 as one pool for the
  change after it (round 99: at the page's end, a year in a law's name does not end the run; null). And once more for
  another (round 100: a dated revision line is passed over as a closing line; null): used up, design data since.
- ``reworded-122`` (``seed_families/reworded_122.py``, ``REWORDINGS_122``, 2026-12-04), written from how sites word
  and print their posting rules (Fijian and Samoan English-language news, Cumbrian fell-country papers, Idaho
  panhandle weeklies, lifeboat-station supporters, beekeeping associations, adoption-support forums, Parkinson's
  carers' boards, morris-dancing sides), without reading the cleaner's code or reports: sixteen item kinds (civility,
  hatred, privacy, safeguarding, moderation delays, topic, advertising and selling, names and accounts, the law,
  copyright, reporting, discretion, corrections and tips, language, warnings and bans, advice and safety), each five
  headings (a question or two among them) and five sentences, with the site's word for what readers send ("comment"
  three sites in four, else post, message, reply, contribution, posting or entry); two to four kinds (0.3) or seven
  to sixteen, in the table's order or drawn; one to three sentences an item, in the table's order, as parts of their
  own or run on; headings none (0.15), on their own part or run in before a colon, stop or dash, in the table's case,
  title case or capitals, some sites' questions and answers marked "Q." and "A.", some headings in asterisks;
  numbered, lettered, roman, "Rule n" or bulleted items or unmarked ones; opening, closing and title lines by
  ``_furnish``. **Held out** for the next change to the notice: its lines not looked at. Its writer saw, by accident
  and after writing its module, the last lines of the paragraph above (reworded-121's printing), none of its
  sentences. Its figure, printed once on main's code (round 96), in place: removal P=0.997 R=0.977 F1=0.9870
  exact=0.820, 14 article lines lost, 95 chrome lines missed. Scored with reworded-122 to -125 as one pool for the
  change after it (round 101: a policy whose opening line runs on into its first item goes whole before the box;
  adopted). And once more for another (round 102: the same where the first item is headed by its words; null): used up,
  design data since.
- ``reworded-123`` (``seed_families/reworded_123.py``, ``REWORDINGS_123``, 2026-12-04), written from how sites word
  and print their posting rules (Ghanaian and Sierra Leonean English-language news, Pembrokeshire papers, Alaska
  bush-town weeklies, rowing clubs, model-railway societies, renters' union forums, migraine support boards,
  lighthouse-keepers' heritage groups), without reading the cleaner's code or reports: sixteen item kinds (civility,
  hatred, privacy, safeguarding, moderation delays, topic, advertising, accounts, the law, copyright, reporting,
  editor's discretion, corrections and tips, language, warnings and bans, safety and advice), five or six headings
  each and five sentences; the site's word for what readers send ("comment" three sites in four, else post,
  message, reply, contribution or posting); two to four kinds (0.3) or five to sixteen, in the table's order or
  shuffled; one to three sentences an item, in the table's order; headings none (0.15), in the table's case, title
  case or capitals, on their own part (followed by nothing, a stop or a colon) or run in before a colon, stop or
  dash; numbered, lettered, roman, "Rule n", clause-numbered or bulleted (symbols and an emoji) items or unmarked
  ones, later sentences sometimes sub-pointed, a lone number sometimes a part of its own; opening, closing and title
  lines by ``_furnish``. **Held out** for the next change to the notice: its lines not looked at. Its writer saw,
  by accident, the last lines of the paragraph then above it (another family's printing), none of its sentences. Its
  figure, printed once on main's code (round 96), in place: removal P=0.997 R=0.975 F1=0.9859 exact=0.810, 13 article
  lines lost, 106 chrome lines missed. Scored with reworded-122 to -125 as one pool for the change after it (round 101:
  a policy whose opening line runs on into its first item goes whole before the box; adopted). And once more for another
  (round 102: the same where the first item is headed by its words; null): used up, design data since.
- ``reworded-124`` (``seed_families/reworded_124.py``, ``REWORDINGS_124``, 2026-12-04), written from how sites word
  and print their posting rules (Belizean and Bahamian English-language news, Orkney papers, Kansas wheat-country
  weeklies, cave-diving clubs, calligraphy guilds, neighbourhood-watch boards, autism parents' forums,
  vintage-motorcycle clubs), without reading the cleaner's code or reports: sixteen item kinds (civility, hatred,
  privacy, safeguarding, moderation delays, topic, advertising and sales, names and accounts, the law with the site's
  jurisdiction, copyright, reporting, moderators' and editor's discretion, corrections and news tips, language,
  warnings and bans, safety and advice), each with six headings (one or two questions) and five sentences; the
  site's word for what readers send ("comment" three sites in four, else post, message, reply, contribution, posting
  or submission); two to four kinds (0.3) or five to sixteen, in the table's order or shuffled; one to three
  sentences an item, in the table's order; headings none (0.15), on their own part (followed by nothing, a stop, a
  colon or a dash) or run in before a colon, stop or dash, in the table's case, title case or capitals, sometimes
  wrapped in asterisks, brackets or tildes, questions preferred by some sites; numbered (zero-padded too, the number
  sometimes on its own part), lettered, roman, clause-numbered, "Rule n", bulleted, a symbol per kind, or unmarked
  items, later sentences sometimes sub-pointed or sub-numbered; opening, closing and title lines by ``_furnish``.
  **Held out** for the next change to the notice: its lines not looked at. Its figure, printed once on main's code
  (round 96), in place: removal P=0.998 R=0.947 F1=0.9718 exact=0.750, 10 article lines lost, 230 chrome lines missed.
  Its writer read, for the module's structure, reworded-121's module header and items function (not its table), and saw,
  by accident, the end of reworded-121's paragraph. Scored with reworded-122 to -125 as one pool for the change after it
  (round 101: a policy whose opening line runs on into its first item goes whole before the box; adopted). And once more
  for another (round 102: the same where the first item is headed by its words; null): used up, design data since.
- ``reworded-125`` (``seed_families/reworded_125.py``, ``REWORDINGS_125``, 2026-12-04), written from how sites word
  and print their posting rules (Papua New Guinean and Solomon Islands English-language news, Dorset papers, New
  Mexico pueblo-country weeklies, dragon-boat teams, bookbinding circles, tenants' cooperative boards, epilepsy
  support forums, threshing-bee societies), without reading the cleaner's code or reports: eighteen item kinds (the
  usual ones, with custom and ceremonies, and length), each five or six headings (a question or two among them) and
  five sentences; the site's word for what readers send ("comment" three sites in four, else post, message, reply,
  contribution or posting); two to four kinds (0.3) or six to eighteen, in the table's order or shuffled; one to three
  sentences an item, as parts of their own or one part; headings none, on their own part, run in, after the item's
  number on a part of its own, or as question and answer, in the table's case, title case or capitals; numbered,
  lettered, roman, clause-numbered, "Rule n", "No. n", "#n" or bulleted (symbols and emoji) items or unmarked ones,
  later sentences sometimes sub-marked; opening, closing and title lines by ``_furnish``. **Held out** for the next
  change to the notice: its lines not looked at. Its figure, printed once on main's code (round 96), in place: removal
  P=0.997 R=0.938 F1=0.9667 exact=0.775, 14 article lines lost, 285 chrome lines missed. Its writer saw, by accident,
  the last lines of reworded-121's paragraph (its figure among them), and read reworded-121's module code for its
  structure, which showed its first item's sentences, titles, openings, closings and spelling table. Scored with
  reworded-122 to -125 as one pool for the change after it (round 101: a policy whose opening line runs on into its
  first item goes whole before the box; adopted). And once more for another (round 102: the same where the first item is
  headed by its words; null): used up, design data since.
- ``reworded-126`` (``seed_families/reworded_126.py``, ``REWORDINGS_126``, 2026-12-04), written from how sites word
  and print their posting rules (Tanzanian and Ugandan English-language news, Northumberland papers, North Dakota
  prairie weeklies, lacrosse clubs, pottery co-operatives, food-bank volunteers' boards, multiple-sclerosis support
  forums, windmill-restoration societies), without reading the cleaner's code or reports: seventeen item kinds
  (civility, hatred and tribalism, privacy, safeguarding, moderation delays, topic, advertising, accounts, the law,
  copyright, reporting, editor's discretion, corrections and news tips, language, warnings and bans, medical and
  practical safety, elections), each with five or six headings and five sentences and most with a fragment for a
  list after a lead-in line; a site's word for what readers send; two to four kinds or seven to seventeen, in the
  table's order or drawn; one to three sentences an item; the headings and markers as ``_items_126`` draws them;
  opening, closing and title lines by ``_furnish``. **Held out** for the next change to the notice: its lines not
  looked at. Its figure, printed once on main's code (round 101), in place: removal P=0.996 R=0.890 F1=0.9402
  exact=0.660, 17 article lines lost, 556 chrome lines missed. Scored with reworded-126 to -129 as one pool for the
  change after it (round 103: a policy printed as one paragraph, its items run in, goes whole; null). And once more for
  another (round 104: a small Roman numeral before a stop is a list's number; null): used up, design data since.
- ``reworded-127`` (``seed_families/reworded_127.py``, ``REWORDINGS_127``, 2026-12-04), written from how sites word
  and print their posting rules (Trinidadian and Barbadian news, Norfolk Broads papers, eastern Kentucky weeklies,
  table-tennis leagues, handloom weavers' guilds, community-garden boards, dementia carers' forums, canal-restoration
  trusts), without reading the cleaner's code or reports: seventeen item kinds (civility, hatred, privacy,
  safeguarding, moderation delays, topic, advertising and spam, names and accounts, the law, copyright, reporting,
  the moderators' discretion, corrections and news tips, language, warnings and bans, safety and advice, support for
  newcomers), each with five or six headings and five sentences; the site's word for what readers send ("comment"
  three sites in four); two to four items (0.3) or seven to seventeen, in the table's order or drawn; one to three
  sentences an item, as parts of their own or one part; headings none, on their own part, run in, as numbered
  clauses or as numbered rules, in the table's case, title case or capitals; the item markers its sites print; a
  "last updated" line (0.15); an opening, closing and title line by ``_furnish``. **Held out** for the next change
  to the notice: its lines not looked at. Its writer read ``reworded_125.py``'s generator and word table for their
  structure (not its sentences), and saw by accident, in a diff, the last lines of the paragraph above (its figure). Its
  figure, printed once on main's code (round 101), in place: removal P=0.998 R=0.968 F1=0.9827 exact=0.795, 9 article
  lines lost, 158 chrome lines missed. Scored with reworded-126 to -129 as one pool for the change after it (round 103:
  a policy printed as one paragraph, its items run in, goes whole; null). And once more for another (round 104: a small
  Roman numeral before a stop is a list's number; null): used up, design data since.
- ``reworded-128`` (``seed_families/reworded_128.py``, ``REWORDINGS_128``, 2026-12-04), written from how sites word and
  print their posting rules (Kenyan and Rwandan English-language news, Anglesey and Gwynedd papers, Texas Hill Country
  weeklies, roller-derby leagues, community choirs, friends-of-the-park groups, coeliac support boards, vintage-bus
  preservation groups), without reading the cleaner's code or reports: seventeen item kinds (civility, hatred and
  tribalism, privacy, safeguarding, moderation delays, topic, advertising and for-sale boards, real names and
  accounts, the law, copyright, reporting, editor's discretion, corrections and news tips, language, warnings and
  bans, safety and medical advice, misinformation), five or six headings (questions among them) and five sentences
  each, a Welsh heading for each kind; a site's word for what readers send ("comment", or "post", "message",
  "reply", "contribution" for a quarter of sites, which then never say "comment"); two to four items (0.25) or five
  to seventeen, in the table's order (0.4) or drawn; one to three sentences an item; headings as written, in title
  case or in capitals, none (0.15, and 0.08 an item), on a part of their own or run in before a colon, stop or
  dash, bilingual Welsh and English (0.12), in forum bold markup (0.1), with sub-bulleted sentences (0.12);
  numbered, lettered, roman, bulleted, emoji-keycap or no markers; title, opening and closing lines by
  ``_furnish``. **Held out** for the next change to the notice: its lines not looked at. Its figure, printed once on
  main's code (round 101), in place: removal P=0.997 R=0.943 F1=0.9697 exact=0.805, 11 article lines lost, 257 chrome
  lines missed. Scored with reworded-126 to -129 as one pool for the change after it (round 103: a policy printed as one
  paragraph, its items run in, goes whole; null). And once more for another (round 104: a small Roman numeral before a
  stop is a list's number; null): used up, design data since.
- ``reworded-129`` (``seed_families/reworded_129.py``, ``REWORDINGS_129``, 2026-12-04), written from how sites word
  and print their posting rules (Nigerian and Gambian English-language news, Yorkshire Dales papers, Minnesota
  lake-country weeklies, chess clubs, embroiderers' guilds, residents' associations, cancer survivors' forums,
  narrow-gauge railway societies), without reading the cleaner's code or reports: eighteen item kinds (civility,
  hatred, privacy, safeguarding, moderation delays, topic, advertising, accounts, the law, copyright, reporting,
  editor's discretion, corrections and news tips, language, warnings and bans, health advice, lineside safety, fair
  play), each five or six headings and five sentences; the site's word for what readers send ("comment" three sites in
  four, else post, message, reply, contribution or posting); two to four kinds (0.3) or six to eighteen, in the
  table's order or shuffled; one to three sentences an item, as parts of their own or one part; headings in several
  printings and cases, or none; numbered, lettered, roman, clause-numbered, "Rule n" or bulleted items or unmarked
  ones; opening, closing and title lines by ``_furnish``. **Held out** for the next change to the notice: its lines
  not looked at. Its writer saw, by accident, the last lines of the family paragraph above this one (a figure among
  them), and the first lines of reworded-125's module (its docstring and the comment above its table), for their
  structure. Its figure, printed once on main's code (round 101), in place: removal P=0.997 R=0.960 F1=0.9783
  exact=0.800, 12 article lines lost, 181 chrome lines missed. Scored with reworded-126 to -129 as one pool for the
  change after it (round 103: a policy printed as one paragraph, its items run in, goes whole; null). And once more for
  another (round 104: a small Roman numeral before a stop is a list's number; null): used up, design data since.
- ``reworded-130`` (``seed_families/reworded_130.py``, ``REWORDINGS_130``, 2026-12-04), written from how sites word and
  print their posting rules (Hong Kong and Singapore English-language news, Channel Islands papers, Arizona border-town
  weeklies, paddle-board clubs, amateur astronomy societies, parent-and-toddler groups, arthritis forums, shire-horse
  societies), without reading the cleaner's code or reports: sixteen item kinds (civility, hatred, privacy,
  safeguarding, moderation delays, topic, advertising and spam, real names and accounts, the law, copyright, reporting,
  the moderators' discretion, corrections and news tips, language, warnings and bans, safety and advice), each with five
  or six headings (a question or two among them, an exclamation in some) and five sentences; the site's word for what
  readers send ("comment" three sites in four, else post, message, reply, contribution or posting); two to four kinds
  (0.3) or seven to sixteen, in the table's order or shuffled; one to three sentences an item, as parts of their own or
  one part; headings none, on their own part, run in, below the item's number on a part of its own, as question and
  answer, or numbered above clause-numbered sentences, in the table's case, title case, capitals or lower case;
  numbered, lettered, roman, "Rule n", "No. n", "[n]", "n/m", "#n", keycap-emoji or bulleted (symbols and emoji) items
  or unmarked ones, later sentences sometimes sub-marked; a "last updated" line sometimes; opening, closing and title
  lines by ``_furnish``. **Held out** for the next change to the notice: its lines not looked at. Its figure, printed
  once on main's code (round 101), in place: removal P=0.996 R=0.969 F1=0.9821 exact=0.735, 20 article lines lost, 144
  chrome lines missed. Scored with reworded-130 to -132 as one pool for the change after it (round 105: a list's items
  that complete its lead-in are items on its subject; null); then for round 106 (a hard-wrapped block's sentences read
  as the run beside a box reads them: 0.94419 -> 0.94592, adopted); design data since.
- ``reworded-131`` (``seed_families/reworded_131.py``, ``REWORDINGS_131``, 2026-12-04), written from how sites word and
  print their posting rules (New Zealand regional papers, Isle of Man papers, West Virginia coalfield weeklies, darts
  leagues, bird-ringing groups, housing-estate forums, adult ADHD forums, agricultural-show societies), without reading
  the cleaner's code or reports: seventeen item kinds (civility, hatred, privacy, safeguarding, moderation delays,
  topic, advertising and spam, real names and accounts, the law, copyright, reporting, the editor's discretion,
  corrections and news tips, language, warnings and bans, safety and advice, disputes over results and judging), each
  with six headings (a question or two among them) and five sentences; the site's word for what readers send ("comment",
  or for a quarter of sites "post", "message", "reply", "contribution", "submission"); two to five items (0.25) or seven
  to seventeen, in the table's order or shuffled, one to three sentences an item; the headings none, on their own part,
  run in, clause-numbered as a terms page prints them, or questions, in four cases, sometimes in html2text's bold;
  markers numbered, lettered, roman, bulleted, "Rule n" or none, numbers sometimes starting past 1, sentences under a
  heading sometimes each marked; opening, closing and title lines by ``_furnish``. **Held out** for the next change to
  the notice: its lines not looked at. Its figure, printed once on main's code (round 101), in place: removal P=0.996
  R=0.864 F1=0.9252 exact=0.695, 16 article lines lost, 695 chrome lines missed. Scored with reworded-130 to -132 as one
  pool for the change after it (round 105: a list's items that complete its lead-in are items on its subject; null);
  then for round 106 (a hard-wrapped block's sentences read as the run beside a box reads them: 0.94419 -> 0.94592,
  adopted); design data since.
- ``reworded-132`` (``seed_families/reworded_132.py``, ``REWORDINGS_132``, 2026-12-04), written from how sites word and
  print their posting rules (Irish regional papers, Cotswolds papers, Oklahoma panhandle weeklies, Gaelic handball
  clubs, camera clubs, men's sheds, sickle-cell support boards, heritage-orchard groups), without reading the cleaner's
  code or reports: seventeen item kinds (civility, hatred, privacy, safeguarding, moderation delays, topic, advertising
  and spam, names and accounts, the law, copyright, reporting, the editor's discretion, corrections and news tips,
  language, warnings and bans, safety and medical advice, asking for help and critique), each with six headings (a
  question among them) and five sentences, and each kind's heading in Irish; the site's word for what readers send (a
  quarter of sites never say "comment"); two to four items or seven to seventeen, in the table's order or drawn; one to
  three sentences an item, as parts of their own or run together; headings in several cases and placings, markers of
  many shapes, sub-marked sentences and links after items now and then; opening, closing and title lines by
  ``_furnish``. **Held out** for the next change to the notice: its lines not looked at. Its writer saw, by accident,
  the last lines of the paragraph above it (a figure among them), and read reworded-125's ``_items_125`` and docstrings
  for a module's structure, not its sentence tables. Its figure, printed once on main's code (round 101), in place:
  removal P=0.997 R=0.863 F1=0.9252 exact=0.660, 11 article lines lost, 645 chrome lines missed. Scored with
  reworded-130 to -132 as one pool for the change after it (round 105: a list's items that complete its lead-in are
  items on its subject; null); then for round 106 (a hard-wrapped block's sentences read as the run beside a box reads
  them: 0.94419 -> 0.94592, adopted); design data since.
- ``reworded-133`` (``seed_families/reworded_133.py``, ``REWORDINGS_133``, 2026-12-04), written from how sites word
  and print their posting rules (South African community papers, Lake District papers, Nevada mining-town weeklies,
  netball leagues, family-history societies, school-governor networks, Crohn's and colitis forums, classic-car
  clubs), without reading the cleaner's code or reports: eighteen item kinds (civility, hatred, privacy,
  safeguarding, moderation delays, topic, advertising and spam, real names and accounts, the law, copyright,
  reporting, editor's discretion, corrections and news tips, language, warnings and bans, safety and advice, whose
  views, confidentiality), each with five or six headings (a question among them) and five sentences, and a small
  picture for each kind; the site's word for what readers send (a quarter of sites never say "comment"); two to
  four items or six to eighteen, in the table's order or drawn; one to three sentences an item, as parts of their
  own or run together, the last now and then led by a note; headings in several cases and placings, markers of
  many shapes, sub-marked sentences now and then; opening, closing and title lines by ``_furnish``. **Held out**
  for the next change to the notice: its lines not looked at. Its writer saw, reading the docstring's first 80
  lines, the paragraphs up to ``reworded-7``'s (a figure among them), and the last lines of the paragraph above it
  (no figure), and read reworded-132's ``_items_132`` and docstrings for a module's structure, not its sentence
  tables. Its figure, printed once on main's code (round 101), in place: removal P=0.997 R=0.943 F1=0.9696 exact=0.805,
  10 article lines lost, 235 chrome lines missed. Scored with reworded-133 to -138 as one pool for round 107 (a
  hard-wrapped block also read back from the page's last line of text, and in prose: 0.97166 -> 0.97195, null) and round
  108 (a policy printed whole on one line: F1 0.97166 -> 0.97210, exact 0.798 -> 0.816, but 2 to 9% slower: not
  adopted); design data since.
- ``reworded-134`` (``seed_families/reworded_134.py``, ``REWORDINGS_134``, 2026-12-04), written from how sites word
  and print their posting rules (Caymanian and Bermudian news, Devon moorland papers, Iowa county-seat weeklies,
  canoe-slalom clubs, pottery throwers' guilds, village-hall committees, lupus support boards, bell-ringing
  societies), without reading the cleaner's code or reports: sixteen item kinds (civility, hatred, privacy,
  safeguarding, moderation delays, topic, advertising and spam, real names and accounts, the law, copyright,
  reporting, editor's discretion, corrections and news tips, language, warnings and bans, safety and medical
  advice), each with five or six headings (a question or two among them) and five sentences; the site's word for
  what readers send (a quarter of sites never say "comment"); two to four items or seven to sixteen, in the
  table's order or drawn; one to three sentences an item, as parts of their own or run together; headings in
  several cases and placings, markers of many shapes, clause numbers and lead-ins now and then; opening, closing
  and title lines by ``_furnish``. **Held out** for the next change to the notice: its lines not looked at. Its
  writer saw, by accident, the last lines of the paragraph above it (no figure among them), and looked
  at reworded-132's import lines (and one line of its ``_items_132`` docstring) for a module's structure, not its
  sentence tables. Its figure, printed once on main's code (round 101), in place: removal P=0.998 R=0.965 F1=0.9811
  exact=0.825, 10 article lines lost, 176 chrome lines missed. Scored with reworded-133 to -138 as one pool for round
  107 (a hard-wrapped block also read back from the page's last line of text, and in prose: 0.97166 -> 0.97195, null)
  and round 108 (a policy printed whole on one line: F1 0.97166 -> 0.97210, exact 0.798 -> 0.816, but 2 to 9% slower:
  not adopted); design data since.
- ``reworded-135`` (``seed_families/reworded_135.py``, ``REWORDINGS_135``, 2026-12-04), written from how sites word
  and print their posting rules (Papua lowland and Torres Strait community news, Welsh valleys papers, Nebraska
  panhandle weeklies, cycling clubs, knitting circles, patient-participation groups, hearing-dog owners' forums,
  steam-engine rally clubs), without reading the cleaner's code or reports: seventeen item kinds (civility, hatred,
  privacy, safeguarding, moderation delays, topic, advertising and selling, accounts and real names, the law,
  copyright of photos and patterns, reporting, editor's and committee's discretion, corrections and news tips,
  language, warnings and bans, advice and safety, cultural respect and deceased persons), each with five or six
  headings (a question or two among them), a Welsh heading and five sentences; the site's word for what readers send (a
  quarter of sites never say "comment"); two to four items or seven to seventeen, in the table's order or drawn;
  one to three sentences an item; headings in several cases and placings, markers of many shapes, numbered
  sentences and cross-references now and then; opening, closing and title lines by ``_furnish``. **Held out** for
  the next change to the notice: its lines not looked at. Its figure, printed once on main's code (round 101), in place:
  removal P=0.998 R=0.952 F1=0.9747 exact=0.790, 8 article lines lost, 232 chrome lines missed. Scored with reworded-133
  to -138 as one pool for round 107 (a hard-wrapped block also read back from the page's last line of text, and in
  prose: 0.97166 -> 0.97195, null) and round 108 (a policy printed whole on one line: F1 0.97166 -> 0.97210, exact 0.798
  -> 0.816, but 2 to 9% slower: not adopted); design data since.
- ``reworded-136`` (``seed_families/reworded_136.py``, ``REWORDINGS_136``, 2026-12-04), written from how sites word
  and print their posting rules (Maldivian and Mauritian English-language news, Suffolk coast papers, Alabama Black
  Belt weeklies, triathlon clubs, woodcarving guilds, tenants' and residents' associations, fibromyalgia forums,
  heritage-tramway societies), without reading the cleaner's code or reports: seventeen item kinds (civility,
  hatred, privacy, safeguarding, moderation delays, topic, advertising and spam, real names and accounts, the law,
  copyright, reporting, editor's discretion, corrections and news tips, language, warnings and bans, safety and
  medical advice, elections and politics), each with five or six headings (a question or two among them) and five
  sentences, and each kind's heading in French; the site's word for what readers send (a quarter of sites never say
  "comment"); two to four items or seven to seventeen, in the table's order or drawn; one to three sentences an
  item, as parts of their own or run together; headings in several cases and placings, markers of many shapes,
  sub-marked sentences and dividers after items now and then; opening, closing and title lines by ``_furnish``.
  **Held out** for the next change to the notice: its lines not looked at. Its writer saw, by accident, the last
  lines of the paragraph above it (no figure among them), and read reworded-132's ``_items_132`` and docstrings for
  a module's structure, not its sentence tables. Its figure, printed once on main's code (round 101), in place: removal
  P=0.998 R=0.953 F1=0.9748 exact=0.830, 10 article lines lost, 215 chrome lines missed. Scored with reworded-133 to
  -138 as one pool for round 107 (a hard-wrapped block also read back from the page's last line of text, and in prose:
  0.97166 -> 0.97195, null) and round 108 (a policy printed whole on one line: F1 0.97166 -> 0.97210, exact 0.798 ->
  0.816, but 2 to 9% slower: not adopted); design data since.
- ``reworded-137`` (``seed_families/reworded_137.py``, ``REWORDINGS_137``, 2026-12-04), written from how sites word
  and print their posting rules (Liberian and Gambian English-language news, Peak District papers, Colorado
  mountain-town weeklies, swimming clubs, photography societies, toddler-group committees, bipolar peer-support
  boards, vintage-aircraft restoration groups), without reading the cleaner's code or reports: sixteen item kinds
  (civility, hatred, privacy, safeguarding, moderation delays, topic, advertising and spam, real names and accounts,
  the law, copyright, reporting, the editor's or admins' discretion, corrections and news tips, language, warnings
  and bans, safety and advice), each with six headings (two questions among them) and five sentences, and an emoji
  for each kind; the site's word for what readers send (a quarter of sites never say "comment"); two to four items
  or six to sixteen, in the table's order or drawn; one to three sentences an item, as parts of their own or run
  together; headings in several cases and placings (questions and answers, a Facebook group's numbered rules, a
  club code's clauses, unparsed forum markup among them), markers of many shapes and sub-marked sentences now and
  then; opening, closing and title lines by ``_furnish``. **Held out** for the next change to the notice: its lines
  not looked at. Its writer saw, by accident, the last lines of reworded-129's and reworded-132's paragraphs and
  the first of reworded-130's (no figures), and read reworded-132's ``_items_132``, docstrings and marker table
  for a module's structure, not its sentence tables. Its figure, printed once on main's code (round 101), in place:
  removal P=0.998 R=0.916 F1=0.9553 exact=0.740, 7 article lines lost, 371 chrome lines missed. Scored with reworded-133
  to -138 as one pool for round 107 (a hard-wrapped block also read back from the page's last line of text, and in
  prose: 0.97166 -> 0.97195, null) and round 108 (a policy printed whole on one line: F1 0.97166 -> 0.97210, exact 0.798
  -> 0.816, but 2 to 9% slower: not adopted); design data since.
- ``reworded-138`` (``seed_families/reworded_138.py``, ``REWORDINGS_138``, 2026-12-04), written from how sites word
  and print their posting rules (Saint Lucian and Grenadian news, Northern Irish county papers, Mississippi Gulf Coast
  weeklies, rugby league clubs, quilters' guilds, community-energy co-operatives, stroke carers' forums, morris and
  sword-dance sides), without reading the cleaner's code or reports: sixteen item kinds (civility, hatred, privacy,
  safeguarding, moderation delays, topic, advertising and spam, names and accounts, the law, copyright, reporting, the
  editor's discretion, corrections and news tips, language, warnings and bans, safety and medical or financial
  advice), each with six headings (a question or two among them) and five sentences; the site's word for what
  readers send (a quarter of sites never say "comment"); two to four items or seven to sixteen, in the table's order
  or drawn; one to three sentences an item, as parts of their own or run together; headings in several cases and
  placings, markers of many shapes, and other printing variations now and then; opening, closing and title lines by
  ``_furnish``. **Held out** for the next change to the notice: its lines not looked at. Its writer saw, by accident,
  the paragraph above it (no figure in it), and read no other family's sentences. Its figure, printed once on main's
  code (round 101), in place: removal P=0.997 R=0.949 F1=0.9722 exact=0.800, 15 article lines lost, 235 chrome lines
  missed. Scored with reworded-133 to -138 as one pool for round 107 (a hard-wrapped block also read back from the
  page's last line of text, and in prose: 0.97166 -> 0.97195, null) and round 108 (a policy printed whole on one line:
  F1 0.97166 -> 0.97210, exact 0.798 -> 0.816, but 2 to 9% slower: not adopted); design data since.
- ``reworded-139`` (``seed_families/reworded_139.py``, ``REWORDINGS_139``, 2026-12-04), written from how sites word and
  print their posting rules (Tongan and Samoan community news, Herefordshire papers, South Dakota reservation-border
  weeklies, hockey clubs, glass-blowing studios, food co-operatives' member boards, ME/CFS support forums, canal-boat
  owners' associations), without reading the cleaner's code or reports: sixteen item kinds (civility, hatred, privacy,
  safeguarding, moderation delays, topic, advertising, accounts, the law, copyright, reporting, the editor's discretion,
  corrections and news tips, language, warnings and bans, medical and safety advice), each six headings and five
  sentences, the site's word for what readers send (a quarter of sites never say "comment"); two to five kinds or eight
  to sixteen, in the table's order or as drawn, one to three sentences an item, headings in several cases and placings,
  one marker style a list, and a site's own printing habits now and then; opening, closing and title lines from
  ``_furnish``. **Held out** for the next change to the notice: its lines not looked at. Its figure, printed once on
  main's code (round 101), in place: removal P=0.997 R=0.935 F1=0.9651 exact=0.740, 14 article lines lost, 307 chrome
  lines missed. Scored with reworded-139 to -144 as one pool for round 108b (round 108 with cheap looks first: 0.97025
  -> 0.97198, exact 0.784 -> 0.797, adopted) and round 109 (a policy's opening line that asks something of its readers:
  0.97198 -> 0.97210, exact 0.797 -> 0.799, adopted); design data since.
- ``reworded-140`` (``seed_families/reworded_140.py``, ``REWORDINGS_140``, 2026-12-04), written from how sites word and
  print their posting rules (Bangladeshi and Nepali English-language news, Isle of Skye papers, Arkansas Ozarks
  weeklies, rowing regattas, printmakers' collectives, housing co-op boards, psoriasis forums, traction-engine owners'
  clubs), without reading the cleaner's code or reports: sixteen item kinds (civility, hatred, privacy, safeguarding,
  moderation delays, topic, advertising and spam, names and accounts, the law, copyright, reporting, the editor's
  discretion, corrections and news tips, language, warnings and bans, safety and medical, legal or boiler advice), each
  with five or six headings (a question or two among them) and five sentences; the site's word for what readers send (a
  quarter of sites never say "comment"); two to four items or seven to sixteen, in the table's order or drawn; one to
  three sentences an item, as parts of their own or run together; headings in several cases and placings, markers of
  many shapes, and some printing habits of these sites now and then; opening, closing and title lines by ``_furnish``.
  **Held out** for the next change to the notice: its lines not looked at. Its writer saw, by accident, the paragraph
  above it (with its figure), and read no other family's sentences. Its figure, printed once on main's code (round 101),
  in place: removal P=0.999 R=0.952 F1=0.9752 exact=0.845, 4 article lines lost, 232 chrome lines missed. Scored with
  reworded-139 to -144 as one pool for round 108b (round 108 with cheap looks first: 0.97025 -> 0.97198, exact 0.784 ->
  0.797, adopted) and round 109 (a policy's opening line that asks something of its readers: 0.97198 -> 0.97210, exact
  0.797 -> 0.799, adopted); design data since.
- ``reworded-141`` (``seed_families/reworded_141.py``, ``REWORDINGS_141``, 2026-12-04), written from how sites word and
  print their posting rules (Ugandan and Zambian church-community news, Norfolk market-town papers, Montana ranch
  weeklies, fly-fishing clubs, lace guilds, neighbourhood food-bank boards, kidney patients' forums, old-gaffer sailing
  associations), without reading the cleaner's code or reports: seventeen item kinds (civility, hatred, privacy,
  safeguarding, moderation delays, topic, advertising and spam, names and accounts, the law, copyright, reporting, the
  editor's discretion, corrections and news tips, language, warnings and bans, safety and medical advice, faith and
  politics), each with six headings (a question or two among them) and five sentences; the site's word for what readers
  send (a quarter of sites never say "comment"); two to four items or eight to seventeen, in the table's order or drawn;
  one to three sentences an item, as parts of their own or run together; headings in several cases and placings, markers
  of many shapes, and other printing variations now and then; opening, closing and title lines by ``_furnish``. **Held
  out** for the next change to the notice: its lines not looked at. Its writer saw, by accident, the paragraph above it
  (with its figure) and a few of ``reworded-138``'s sentences while looking at that module's structure, and read no
  other family's sentences. Its figure, printed once on main's code (round 101), in place: removal P=0.998 R=0.935
  F1=0.9655 exact=0.795, 10 article lines lost, 344 chrome lines missed. Scored with reworded-139 to -144 as one pool
  for round 108b (round 108 with cheap looks first: 0.97025 -> 0.97198, exact 0.784 -> 0.797, adopted) and round 109 (a
  policy's opening line that asks something of its readers: 0.97198 -> 0.97210, exact 0.797 -> 0.799, adopted); design
  data since.
- ``reworded-142`` (``seed_families/reworded_142.py``, ``REWORDINGS_142``, 2026-12-04), written from how sites word and
  print their posting rules (Jamaican diaspora community news, Teesside papers, Louisiana bayou weeklies, skateboarding
  collectives, amateur dramatic societies, allotment federations, hearing-voices peer groups, bus-enthusiast societies),
  without reading the cleaner's code or reports: seventeen item kinds (civility, hatred, privacy, safeguarding,
  moderation delays, topic, advertising and spam, names and accounts, the law, copyright, reporting, the editor's
  discretion, corrections and news tips, language, warnings and bans, safety and advice, volunteers and reviews), each
  with five or six headings and five sentences; the site's word for what readers send (a quarter of sites never say
  "comment"); two to four kinds (0.3) or six to seventeen, in the table's order (0.4) or as drawn, one to three
  sentences an item; headings in several cases, on their own part, run in or absent, now and then bold or as questions
  and answers; one marker style a list (numbers, letters, roman numerals, rules, sections, bullets, or none); opening,
  closing and title lines by ``_furnish``. **Held out** for the next change to the notice: its lines not looked at. Its
  figure, printed once on main's code (round 101), in place: removal P=0.998 R=0.912 F1=0.9534 exact=0.790, 8 article
  lines lost, 425 chrome lines missed. Scored with reworded-139 to -144 as one pool for round 108b (round 108 with cheap
  looks first: 0.97025 -> 0.97198, exact 0.784 -> 0.797, adopted) and round 109 (a policy's opening line that asks
  something of its readers: 0.97198 -> 0.97210, exact 0.797 -> 0.799, adopted); design data since.
- ``reworded-143`` (``seed_families/reworded_143.py``, ``REWORDINGS_143``, 2026-12-04), written from how sites word and
  print their posting rules (Fijian-Indian community news, Welsh Borders papers, Vermont dairy-country weeklies,
  orienteering leagues, choral societies, residents' parking action groups, long-term-unemployed support boards,
  windmill-and-watermill trusts), without reading the cleaner's code or reports: sixteen item kinds (civility, hatred,
  privacy, safeguarding, moderation delays, topic, advertising and spam, names and accounts, the law, copyright,
  reporting, the editor's discretion, corrections and news tips, language, warnings and bans, safety and advice), each
  with five or six headings (a question or two among them) and five sentences; the site's word for what readers send (a
  quarter of sites never say "comment"); two to four items or five to sixteen, in the table's order or drawn; one to
  three sentences an item; headings in several cases and placings or none, markers of several shapes or none, and other
  printing variations now and then, among them a line saying when the rules were revised; opening, closing and title
  lines by ``_furnish``. **Held out** for the next change to the notice: its lines not looked at. Its figure, printed
  once on main's code (round 101), in place: removal P=0.997 R=0.968 F1=0.9822 exact=0.765, 13 article lines lost, 163
  chrome lines missed. Scored with reworded-139 to -144 as one pool for round 108b (round 108 with cheap looks first:
  0.97025 -> 0.97198, exact 0.784 -> 0.797, adopted) and round 109 (a policy's opening line that asks something of its
  readers: 0.97198 -> 0.97210, exact 0.797 -> 0.799, adopted); design data since.
- ``reworded-144`` (``seed_families/reworded_144.py``, ``REWORDINGS_144``, 2026-12-04), written from how sites word and
  print their posting rules (Sierra Leonean diaspora news, Cornish fishing-port papers, Wisconsin Northwoods weeklies,
  archery clubs, watercolour circles, community-pharmacy patient panels, prostate-cancer forums, vintage-lorry
  preservation groups), without reading the cleaner's code or reports: sixteen item kinds (civility, hatred and
  tribalism, privacy, safeguarding, moderation delays, topic, advertising and selling, accounts and names, the law,
  copyright, reporting, the final say, corrections and news tips, language, warnings and bans, safety and medical
  advice), each with six headings (a question or two among them) and five sentences; the site's word for what readers
  send (a quarter of sites never say "comment"); two to four items or seven to sixteen, in the table's order or drawn;
  one to three sentences an item, as parts of their own or run together; headings in several cases and placings, or
  none; markers of several shapes, and other printing variations now and then; opening, closing and title lines by
  ``_furnish``. **Held out** for the next change to the notice: its lines not looked at. Its writer saw, by accident,
  part of the paragraph above it, and read no other family's sentences. Its figure, printed once on main's code (round
  101), in place: removal P=0.998 R=0.946 F1=0.9712 exact=0.760, 9 article lines lost, 244 chrome lines missed. Scored
  with reworded-139 to -144 as one pool for round 108b (round 108 with cheap looks first: 0.97025 -> 0.97198, exact
  0.784 -> 0.797, adopted) and round 109 (a policy's opening line that asks something of its readers: 0.97198 ->
  0.97210, exact 0.797 -> 0.799, adopted); design data since.
- ``reworded-145`` (``seed_families/reworded_145.py``, ``REWORDINGS_145``, 2026-12-05), written from how sites word
  and print their posting rules (Maltese island dailies, Yorkshire Dales parish magazines, Alaskan bush-radio news
  sites, fencing clubs, bonsai societies, dementia-carer forums, tenant-union boards, narrowgauge-railway volunteers),
  without reading the cleaner's code or reports: seventeen item kinds (civility, hatred, privacy, safeguarding,
  moderation delays, topic, advertising and spam, real names and accounts, the law, copyright, reporting, the
  editor's discretion, corrections and news tips, language, warnings and bans, safety and advice, whose views), each
  with five or six headings (a question or two among them) and five sentences; the site's word for what readers send
  (a quarter of sites never say "comment"); two to four items or seven to seventeen, in the table's order or drawn;
  one to three sentences an item, as parts of their own or run together; headings in several cases and placings, or
  none; markers of several shapes, and other printing variations now and then; opening, closing and title lines by
  ``_furnish``. **Held out** for the next change to the notice: its lines not looked at. Its writer saw, by
  accident, the end of the paragraph above it, and read no other family's sentences. Its figure, printed once on main's
  code (round 106), in place: removal P=0.997 R=0.951 F1=0.9736 exact=0.770, 12 article lines lost, 239 chrome lines
  missed. Scored with reworded-145 to -148 as one pool for round 110 (a policy's opening line that points ahead in more
  words, or names the site's readers or place: 0.96553, exact 0.775, the same line for line; null); one use left.
- ``reworded-146`` (``seed_families/reworded_146.py``, ``REWORDINGS_146``, 2026-12-05), written from how sites word
  and print their posting rules (Fijian national news, Lincolnshire market-town papers, New Mexico pueblo
  newsletters, rowing clubs, quilting guilds, coeliac-support forums, allotment-holder associations,
  vintage-typewriter collectors), without reading the cleaner's code or reports: seventeen item kinds (civility,
  hatred, privacy, safeguarding, moderation delays, topic, advertising and sales, names and accounts, the law,
  copyright, reporting, the final say, corrections and news tips, language, warnings and bans, safety and advice,
  photographs and cultural respect), each with five or six headings (a question or two among them) and five
  sentences; the site's word for what readers send (a quarter of sites never say "comment"); a few items or many,
  in the table's order or drawn; one to three sentences an item, as parts of their own or run together; headings
  in several cases and placings, as questions and answers, or none; markers of several shapes, and other printings
  now and then; opening, closing and title lines by ``_furnish``. **Held out** for the next change to the notice:
  its lines not looked at. Its figure, printed once on main's code (round 106), in place: removal P=0.997 R=0.913
  F1=0.9527 exact=0.740, 15 article lines lost, 426 chrome lines missed. Scored with reworded-145 to -148 as one pool
  for round 110 (a policy's opening line that points ahead in more words, or names the site's readers or place: 0.96553,
  exact 0.775, the same line for line; null); one use left.
- ``reworded-147`` (``seed_families/reworded_147.py``, ``REWORDINGS_147``, 2026-12-05), written from how sites word and
  print their posting rules (Namibian business press, Outer Hebrides community papers, Ohio township bulletins, lacrosse
  leagues, beekeeping associations, long-COVID support groups, canal-boat owners' forums, amateur-astronomy societies),
  without reading the cleaner's code or reports: seventeen item kinds (civility, hatred, privacy, safeguarding,
  moderation delays, topic, advertising and sales, real names and accounts, the law, copyright, reporting, the
  moderators' discretion, corrections and news tips, language, warnings and bans, safety and medical advice, elections),
  each with five or six headings (one or two questions) and five sentences; a site's word for what readers send (a
  quarter of sites never say "comment"); two to five items or eight to all seventeen, in the table's order or drawn, one
  to three sentences each; headings in the case written, Title Case or capitals, on a part of their own or run in, as
  questions and answers, or none; markers of many shapes, some on a part of their own; a few sites' own printing habits
  besides; a title, an opening and a closing line through ``_furnish``. **Held out** for the next change to the notice:
  its lines not looked at. Its writer saw, by accident, the last lines of the paragraph above it (reworded-144's, its
  figure among them), and read no other family's sentences. Its figure, printed once on main's code (round 106), in
  place: removal P=0.998 R=0.939 F1=0.9677 exact=0.770, 11 article lines lost, 330 chrome lines missed. Scored with
  reworded-145 to -148 as one pool for round 110 (a policy's opening line that points ahead in more words, or names the
  site's readers or place: 0.96553, exact 0.775, the same line for line; null); one use left.
- ``reworded-148`` (``seed_families/reworded_148.py``, ``REWORDINGS_148``, 2026-12-05), written from how sites word and
  print their posting rules (Botswana sports news, Isle of Man weeklies, Montana ranch-country papers, orienteering
  clubs, stained-glass workshops, ME/CFS patient forums, cohousing communities, retro-computing user groups), without
  reading the cleaner's code or reports: sixteen item kinds (civility, hatred, privacy, safeguarding, moderation delays,
  topic, advertising and selling, real names and accounts, the law, copyright, reporting, the final say, corrections and
  news tips, language, warnings and bans, safety and medical advice), each with six headings (a question or two among
  them) and five sentences; the site's word for what readers send (a quarter of sites never say "comment"); two to four
  items or six to sixteen, in the table's order or drawn; one to three sentences an item, as parts of their own or run
  together; headings in several cases and placings, or none; markers of several shapes, and other printing variations
  now and then; opening, closing and title lines by ``_furnish``. **Held out** for the next change to the notice: its
  lines not looked at. Its writer saw, by accident, the last lines of the paragraph above it (reworded-144's), and read
  no other family's sentences. Its figure, printed once on main's code (round 106), in place: removal P=0.997 R=0.934
  F1=0.9644 exact=0.745, 11 article lines lost, 289 chrome lines missed. Scored with reworded-145 to -148 as one pool
  for round 110 (a policy's opening line that points ahead in more words, or names the site's readers or place: 0.96553,
  exact 0.775, the same line for line; null); one use left.
- ``reworded-149`` (``seed_families/reworded_149.py``, ``REWORDINGS_149``, 2026-12-05), written from how sites word
  and print their posting rules (Tasmanian regional papers, Norfolk Broads village newsletters, Louisiana bayou
  weeklies, curling clubs, folk-dance societies, tinnitus support forums, housing co-operatives, model-railway clubs),
  without reading the cleaner's code or reports: seventeen item kinds (civility, hatred, privacy, safeguarding,
  moderation delays, topic, advertising and sales, names and accounts, the law, copyright, reporting, the editor's
  say, corrections and news, language, warnings and bans, safety and advice, complaints between members), each with
  six headings (one or two questions) and five sentences; a site's word for what readers send (a quarter of sites
  never say "comment"); two to four items or six to all seventeen, in the table's order or drawn, one to three
  sentences each, as parts of their own or run together; headings in several cases, on a part of their own or run
  in, as questions and answers, or none; markers of many shapes; now and then a lead-in and its clauses, group
  headings, a line saying when the rules were adopted, and headings underlined; a title, an opening and a closing
  line through ``_furnish``. **Held out** for the next change to the notice: its lines not looked at. Its writer read
  reworded-148's generator code (not its tables) for the mechanics, and saw by accident the last lines of the
  paragraphs above it; no other family's sentences. Its figure, printed once on main's code (round 108b), in place:
  removal P=0.998 R=0.873 F1=0.9313 exact=0.745, 10 article lines lost, 587 chrome lines missed.
- ``reworded-150`` (``seed_families/reworded_150.py``, ``REWORDINGS_150``, 2026-12-05), written from how sites word and
  print their posting rules (Papua New Guinea national news, Scottish Borders papers, Idaho mountain-town weeklies,
  kabaddi leagues, choral societies, Parkinson's carer forums, community-energy co-ops, vintage-motorcycle clubs),
  without reading the cleaner's code or reports: sixteen item kinds (civility, hatred, privacy, safeguarding,
  moderation delays, topic, advertising and spam, real names and accounts, the law, copyright, reporting, the final
  say, corrections and news tips, language, warnings and bans, safety and advice), each with six headings (a question
  or two among them) and five sentences; the site's word for what readers send (a quarter of sites never say
  "comment"); two to four items or seven to sixteen, in the table's order or drawn; one to three sentences an item;
  headings in several cases and placings, or none; markers of several shapes, and a few sites' own printing habits;
  opening, closing and title lines by ``_furnish``. **Held out** for the next change to the notice: its lines not
  looked at. Its writer saw, by accident, the paragraph above it (reworded-148's, its figure among them) and the last
  lines of reworded-147's, and read no other family's sentences. Its figure, printed once on main's code (round 108b),
  in place: removal P=0.997 R=0.944 F1=0.9702 exact=0.745, 12 article lines lost, 275 chrome lines missed.
- ``reworded-151`` (``seed_families/reworded_151.py``, ``REWORDINGS_151``, 2026-12-05), written from how sites word and
  print their posting rules (Barbadian community news, Pembrokeshire coastal papers, Maine lobster-town weeklies, hockey
  (field) clubs, calligraphy guilds, endometriosis support boards, food-bank volunteer networks, canal-restoration
  trusts), without reading the cleaner's code or reports: sixteen item kinds (civility, hatred, privacy, safeguarding,
  moderation delays, topic, advertising and spam, real names and accounts, the law, copyright, reporting, the editor's
  discretion, corrections and news tips, language, warnings and bans, safety and medical advice), each with six
  headings (a question or two among them) and five sentences, and a Welsh heading for each; the site's word for what
  readers send (a quarter of sites never say "comment"); two to four items or six to sixteen, in the table's order or
  drawn; one to three sentences an item, as parts of their own or run together; headings in several cases and
  placings, or none; markers of several shapes or none, and other printing habits of such sites now and then;
  opening, closing and title lines by ``_furnish``. **Held out** for the next change to the notice: its lines not
  looked at. Its writer saw, by accident, the last lines of the paragraph above it (reworded-148's, with its figure)
  and a line each of two earlier families' paragraphs (in a search of this file), and read no other family's sentences.
  Its figure, printed once on main's code (round 108b), in place: removal P=0.996 R=0.948 F1=0.9716 exact=0.745, 16
  article lines lost, 217 chrome lines missed.
- ``reworded-152`` (``seed_families/reworded_152.py``, ``REWORDINGS_152``, 2026-12-05), written from how sites word and
  print their posting rules (Mauritanian and Senegalese English-language diaspora news, Shetland community papers,
  Vermont town-meeting bulletins, judo clubs, ceramics studios, multiple-sclerosis forums, parish-council watchers,
  steam-fair enthusiasts), without reading the cleaner's code or reports: sixteen item kinds (civility, hatred,
  privacy, safeguarding, moderation delays, topic, advertising and spam, real names and accounts, the law, copyright,
  reporting, the final say, corrections and news tips, language, warnings and bans, safety and medical advice), each
  with five or six headings (a question or two among them) and five sentences; the site's word for what readers send
  (a quarter of sites never say "comment"); two to four items or six to sixteen, in the table's order or drawn; one to
  three sentences an item, as parts of their own or run together; headings in several cases and placings, or none;
  markers of several shapes, and other printing variations now and then; opening, closing and title lines by
  ``_furnish``. **Held out** for the next change to the notice: its lines not looked at. Its writer saw, by accident,
  the last lines of the paragraph above it (reworded-148's) while finding where to put this one, and read no other
  family's sentences. Its figure, printed once on main's code (round 108b), in place: removal P=0.997 R=0.959 F1=0.9776
  exact=0.830, 11 article lines lost, 155 chrome lines missed.
- ``reworded-153`` (``seed_families/reworded_153.py``, ``REWORDINGS_153``, 2026-12-05), written from how sites word
  and print their posting rules (Solomon Islands news, Suffolk coastal papers, Nebraska sandhills weeklies, netball
  clubs, lace-making guilds, lupus support forums, tenants' associations in new towns, heritage-tram volunteers),
  without reading the cleaner's code or reports: seventeen item kinds (civility, hatred, privacy, safeguarding,
  moderation, topic, advertising, accounts, the law, copyright, reporting, the editor's discretion, corrections and
  news tips, language, warnings and bans, advice, safety), each with five or six headings and five sentences; the
  site's word for what readers send ("comment" for three sites in four); two to four items or five to seventeen, in
  the table's order or shuffled, one to three sentences each; headings in the site's case, on their own or run in, or
  none; markers of several shapes or none, and other printing variations of its own; opening, closing and title lines
  by ``_furnish``. **Held out** for the next change to the notice: its lines not looked at. Its writer saw, by accident,
  the last lines of the paragraph above it (a figure among them) while finding where to put this one, and one-line
  fragments of some twenty older paragraphs in a search; it read the first lines of reworded_152.py's docstring for the
  format, and no other family's sentences. Its figure, printed once on main's code (round 109), in place: removal
  P=0.996 R=0.962 F1=0.9786 exact=0.800, 17 article lines lost, 169 chrome lines missed.
- ``reworded-154`` (``seed_families/reworded_154.py``, ``REWORDINGS_154``, 2026-12-05), written from how sites word
  and print their posting rules (Samoan diaspora news in New Zealand, Cumbrian fell-village newsletters, Wyoming
  rodeo-town papers, table-tennis leagues, origami societies, psoriasis forums, community-garden networks,
  classic-tractor clubs), without reading the cleaner's code or reports: sixteen item kinds (civility, hatred,
  privacy, safeguarding, moderation delays, topic, selling and spam, names and accounts, the law, copyright,
  reporting, the editor's say, corrections and tips, language, warnings and bans, medical and workshop safety), each
  five or six headings and five sentences; the site's word for what readers send (a quarter of sites never say
  "comment"), a few kinds or many, in the table's order or a drawn one, one to three sentences an item, headings in
  several cases on their own or run in, markers of several shapes and other printing variations now and then;
  opening, closing and title lines by ``_furnish``. **Held out** for the next change to the notice: its lines not
  looked at. Its writer saw, by accident, the last lines of the paragraph above it while finding where to put this
  one, the opening lines of one other family's table and generator docstring while checking the placeholders'
  form, and a few over-long lines of other families' paragraphs printed by a line-length check; it read no other
  family's sentences beyond those, and its table was written before the last of these. Its figure, printed once on
  main's code (round 109), in place: removal P=0.998 R=0.959 F1=0.9785 exact=0.790, 8 article lines lost, 200 chrome
  lines missed.
- ``reworded-155`` (``seed_families/reworded_155.py``, ``REWORDINGS_155``, 2026-12-05), written from how sites word and
  print their posting rules (Ghanaian regional news, Anglesey community papers, Kansas wheat-belt weeklies, bowls clubs,
  harp societies, Huntington's disease family forums, neighbourhood-watch boards, restored-lido friends' groups),
  without reading the cleaner's code or reports: sixteen item kinds (civility, hatred, privacy, safeguarding, moderation
  delays, topic, advertising and spam, real names and accounts, the law, copyright, reporting, the final say,
  corrections and news tips, language, warnings and bans, safety and medical advice), each with five or six headings (a
  question among them) and five sentences, and the kinds' headings in Welsh; the site's word for what readers send (a
  quarter of sites never say "comment"); two to four items or six to sixteen, in the table's order or drawn; one to
  three sentences an item, as parts of their own or run together; headings in several cases and placings, or none;
  markers of several shapes, or none, and other printing variations now and then; opening, closing and title lines by
  ``_furnish``. **Held out** for the next change to the notice: its lines not looked at. Its writer saw, by accident,
  the last lines of the paragraph above it (reworded-152's when it wrote, its figure among them) while finding where to
  put this one, and read reworded_152.py's docstring and the names it defines (its one-line tuple of the site's words
  among them), not its sentence tables. Its figure, printed once on main's code (round 109), in place: removal P=0.999
  R=0.962 F1=0.9802 exact=0.810, 6 article lines lost, 165 chrome lines missed.
- ``reworded-156`` (``seed_families/reworded_156.py``, ``REWORDINGS_156``, 2026-12-05), written from how sites word
  and print their posting rules (Trinidad and Tobago community news, Orkney papers, New Hampshire lake-town
  bulletins, roller-derby leagues, pottery co-operatives, diabetes type 1 parent forums, village-hall committees,
  vintage-caravan clubs), without reading the cleaner's code or reports: sixteen item kinds (civility, hatred,
  privacy, safeguarding, moderation delays, topic, advertising, accounts, the law, copyright, reporting, discretion,
  corrections and news tips, language, warnings and bans, safety and advice), five or six headings and five sentences
  each; the site's word for what readers send (a quarter of sites never say "comment"); two to four items or six to
  sixteen, in the table's order or drawn; one to three sentences an item; headings in several cases, on their own or
  run in, or none; markers of several shapes, and other printing variations now and then; opening, closing and title
  lines by ``_furnish``. **Held out** for the next change to the notice: its lines not looked at. Its writer saw, while
  finding where to put this one, the last lines of the paragraph above it, and read no other family's sentences. Its
  figure, printed once on main's code (round 109), in place: removal P=0.997 R=0.870 F1=0.9290 exact=0.690, 14 article
  lines lost, 655 chrome lines missed.
- ``reworded-157`` (``seed_families/reworded_157.py``, ``REWORDINGS_157``, 2026-12-05), written from how sites word
  and print their posting rules (Fijian community news, Isle of Wight papers, Montana ranch-country weeklies, lacrosse
  clubs, stained-glass guilds, coeliac disease forums, allotment associations, vintage-bus preservation societies),
  without reading the cleaner's code or reports: sixteen item kinds (civility, hatred, privacy, safeguarding,
  moderation delays, topic, advertising and spam, accounts and real names, the law, copyright, reporting, the
  editor's discretion, corrections and news tips, language, warnings and bans, safety and advice), five or six
  headings (a question or two among them) and five sentences each; the site's word for what readers send (a quarter
  of sites never say "comment"); two to four items or six to sixteen, in the table's order or drawn; one to three
  sentences an item; headings in several cases, on their own or run in, or none; markers of several shapes, and
  other printing variations now and then; opening, closing and title lines by ``_furnish``. **Held out** for the
  next change to the notice: its lines not looked at. Its writer saw, while finding where to put this one, the last
  lines of the paragraph above it; read reworded_06.py for its code (the first few of its sentences with it) and
  reworded_156.py's docstring and the names it defines, and no other family's sentences. Its figure, printed once on
  main's code (round 111), in place: removal P=0.997 R=0.977 F1=0.9870 exact=0.840, 10 article lines lost, 91 chrome
  lines missed.
- ``reworded-158`` (``seed_families/reworded_158.py``, ``REWORDINGS_158``, 2026-12-05), written from how sites word
  and print their posting rules (Tongan diaspora news in Australia, Northumberland village papers, South Dakota
  prairie weeklies, curling clubs, bookbinding guilds, fibromyalgia support boards, residents' parking groups,
  narrow-gauge railway volunteers), without reading the cleaner's code or reports: seventeen item kinds (civility,
  hatred, privacy, safeguarding, moderation delays, topic, advertising and spam, real names and accounts, the law,
  copyright, reporting, editor's discretion, corrections and news tips, language, warnings and bans, safety and
  advice, elections and politics), five or six headings and five sentences each; the site's word for what readers
  send (a quarter of sites never say "comment"); two to four items or six to seventeen, in the table's order or
  drawn; one to three sentences an item; headings in several cases, on their own or run in, or none; markers of
  several shapes or none, and other printing variations now and then; opening, closing and title lines by
  ``_furnish``. **Held out** for the next change to the notice: its lines not looked at. Its writer saw, while finding
  where to put this one, the last lines of the paragraph above it (reworded-156's, its figure among them), and
  reworded_156.py's docstring and the names it defines, and no other family's sentences. Its figure, printed once on
  main's code (round 111), in place: removal P=0.998 R=0.950 F1=0.9735 exact=0.835, 7 article lines lost, 239 chrome
  lines missed.
- ``reworded-159`` (``seed_families/reworded_159.py``, ``REWORDINGS_159``, 2026-12-05), written from how sites word
  and print their posting rules (Malawian English-language news, Outer Hebrides community papers, Oregon coast-town
  bulletins, ultimate-frisbee leagues, woodturning clubs, long-Covid forums, street-party committees,
  lighthouse-heritage friends), without reading the cleaner's code or reports: sixteen item kinds (civility, hatred,
  privacy, safeguarding, moderation delays, topic, advertising and spam, names and accounts, the law, copyright,
  reporting, the editor's discretion, corrections and news tips, language, warnings and bans, safety and advice),
  five or six headings and five sentences each; the site's word for what readers send (a quarter of sites never say
  "comment") and who moderates; two to four items or six to sixteen, in the table's order or drawn; one to three
  sentences an item; headings in several cases, on their own or run in, or none; markers of several shapes, and
  other printing variations now and then; opening, closing and title lines by ``_furnish``, and now and then a
  sign-off or a date line. **Held out** for the next change to the notice: its lines not looked at. Its writer saw,
  while finding where to put this one, the paragraph above it (reworded-156's), and reworded_156.py's docstring and the
  names it defines, and no other family's sentences. Its figure, printed once on main's code (round 111), in place:
  removal P=0.999 R=0.921 F1=0.9582 exact=0.800, 4 article lines lost, 361 chrome lines missed.
- ``reworded-160`` (``seed_families/reworded_160.py``, ``REWORDINGS_160``, 2026-12-05), written from how sites word
  and print their posting rules (Belizean community news, Isles of Scilly papers, West Virginia hollow-town weeklies,
  water-polo clubs, quilting bees, Crohn's and colitis forums, cycle-campaign groups, windmill-restoration trusts),
  without reading the cleaner's code or reports: seventeen item kinds (civility, hatred, privacy, safeguarding,
  moderation delays, topic, advertising and spam, real names and accounts, the law, copyright, reporting, editor's
  discretion, corrections and news tips, language, warnings and bans, safety and advice, views one's own), five or
  six headings (a question among them) and five sentences each; the site's word for what readers send (a quarter of
  sites never say "comment"); two to five items or seven to seventeen, in the table's order or drawn; one to three
  sentences an item; headings in several cases, on their own or run in, or none; markers of several shapes, and
  other printing variations now and then; opening, closing and title lines by ``_furnish``, and now and then lines
  after them. **Held out** for the next change to the notice: its lines not looked at. Its writer saw, while
  finding where to put this one, the last lines of the paragraph above it, and of other families' sentences only
  the first items of ``reworded-6``'s table and a few of ``reworded-156``'s titles, read for their modules' structure.
  Its figure, printed once on main's code (round 111), in place: removal P=0.998 R=0.946 F1=0.9708 exact=0.790, 12
  article lines lost, 279 chrome lines missed.
- ``reworded-161`` (``seed_families/reworded_161.py``, ``REWORDINGS_161``, 2026-12-05), written from how sites word
  and print their posting rules (Vanuatu community news, Isle of Man papers, North Dakota oil-patch weeklies,
  korfball clubs, bell-ringing guilds, epilepsy support forums, estate residents' boards, paddle-steamer preservation
  societies), without reading the cleaner's code or reports: sixteen item kinds (civility, hatred, privacy,
  safeguarding, moderation delays, topic, advertising and spam, real names and accounts, the law, copyright,
  reporting, editor's discretion, corrections and news tips, language, warnings and bans, safety and advice), five
  or six headings (a question or two among them) and five sentences each; the site's word for what readers send (a
  quarter of sites never say "comment"); two to five items or seven to sixteen, in the table's order or drawn; one
  to three sentences an item; headings in several cases, on their own or run in, or none; markers of several
  shapes, and other printing variations now and then; opening, closing and title lines by ``_furnish``, and now and
  then a line before or after them. **Held out** for the next change to the notice: its lines not looked at. Its writer
  saw, while finding where to put this one, the opening lines of the family list and the end of the paragraph above it
  (reworded-160's), and read reworded_160.py's code (not its sentence table) for its structure; no other family's
  sentences. Its figure, printed once on main's code (round 113), in place: removal P=0.997 R=0.894 F1=0.9429
  exact=0.730, 14 article lines lost, 569 chrome lines missed.
- ``reworded-162`` (``seed_families/reworded_162.py``, ``REWORDINGS_162``, 2026-12-05), written from how sites word and
  print their posting rules (Cook Islands diaspora news, Channel Islands parish papers, Arkansas delta-town weeklies,
  fencing clubs, model-engineering societies, ME/CFS carers' forums, community-pantry networks, historic-orchard
  trusts), without reading the cleaner's code or reports: sixteen item kinds (civility, hatred, privacy,
  safeguarding, moderation delays, topic, advertising and spam, real names and accounts, the law, copyright,
  reporting, the editor's or committee's discretion, corrections and news tips, language, warnings and bans, safety
  and advice), each with five or six headings (a question or two among them) and five sentences; per site its word
  for what readers send ("comment" 0.75, else post, message, reply or contribution, never "comment" then), its name
  and its moderators; two to four kinds (0.2) or five to all sixteen, in the table's order (0.5) or drawn; one to
  three sentences an item, in order or shuffled; the site's own way of printing headings, their case and its
  markers, some printings of its own; American spelling for some sites; opening, closing and title lines by
  ``_furnish``. **Held out** for the next change to the notice: its lines not looked at. Its writer, looking for the
  generator's functions, by mistake printed the paragraphs of reworded-105 to about -118 (how those families print, and
  their figures), used none of it, and read reworded_160.py's first lines and reworded_06.py for their structure; no
  other family's sentences. Its figure, printed once on main's code (round 113), in place: removal P=0.998 R=0.964
  F1=0.9805 exact=0.835, 11 article lines lost, 192 chrome lines missed.
- ``reworded-163`` (``seed_families/reworded_163.py``, ``REWORDINGS_163``, 2026-12-05), written from how sites word
  and print their posting rules (Zambian English-language news, Ceredigion village papers, Alaska fishing-town
  bulletins, hurling clubs, beekeeping associations, autism parent forums, bus-user groups, tall-ship sail-training
  volunteers), without reading the cleaner's code or reports: sixteen item kinds (civility, hatred, privacy,
  safeguarding, moderation delays, topic, advertising and spam, real names and accounts, the law, copyright,
  reporting, editor's discretion, corrections and news tips, language, warnings and bans, safety and advice), five or
  six headings (a question among them) and five sentences each; the site's word for what readers send (a quarter of
  sites never say "comment"); two to five items or seven to sixteen, in the table's order or drawn; one to three
  sentences an item; headings in several cases, on their own or run in, or none; markers of several shapes, and
  other printing variations now and then; opening, closing and title lines by ``_furnish``, and now and then lines
  after them. **Held out** for the next change to the notice: its lines not looked at. Its writer saw, while
  finding where to put this one, the last lines of the paragraph above it, and of other families' code only
  ``reworded-6``'s module and ``reworded-160``'s generator functions, read for their modules' structure. Its figure,
  printed once on main's code (round 113), in place: removal P=0.997 R=0.885 F1=0.9377 exact=0.725, 12 article lines
  lost, 606 chrome lines missed.
- ``reworded-164`` (``seed_families/reworded_164.py``, ``REWORDINGS_164``, 2026-12-05), written from how sites word
  and print their posting rules (Guyanese community news, Rutland market-town papers, Louisiana bayou-parish
  weeklies, dragon-boat clubs, letterpress guilds, Tourette syndrome forums, cemetery-friends groups, vintage-glider
  clubs), without reading the cleaner's code or reports: sixteen item kinds (civility, hatred, privacy,
  safeguarding, moderation delays, topic, advertising and selling, real names and accounts, the law, copyright,
  reporting, the editor's or moderators' discretion, corrections and news tips, language, warnings and bans, advice
  and safety), each with five or six headings (a question among them) and five sentences; a site's word for what
  readers send (a quarter of sites never say "comment"); few items or many, in the table's order or shuffled; one
  to three sentences an item; headings in several cases, on their own or run in, or none; markers of several
  shapes, and other printing variations now and then; opening, closing and title lines by ``_furnish``, and now and
  then a line after them. **Held out** for the next change to the notice: its lines not looked at. Its writer saw,
  while finding where to put this one, the last lines of the paragraph above it (with its figure), and of other
  families only the first items of ``reworded-6``'s table and ``reworded-160``'s module docstring and ``_items_160``,
  read for their modules' structure. Its figure, printed once on main's code (round 113), in place: removal P=0.996
  R=0.958 F1=0.9765 exact=0.840, 19 article lines lost, 198 chrome lines missed.
- ``reworded-165`` (``seed_families/reworded_165.py``, ``REWORDINGS_165``, 2026-12-05), written from how sites word
  and print their posting rules (Nauruan community news, Alderney papers, Utah canyon-town weeklies, underwater-hockey
  clubs, falconry societies, sickle-cell support forums, co-housing residents' boards, watermill trusts), without
  reading the cleaner's code or reports: seventeen item kinds (civility, hatred, privacy, safeguarding, moderation
  delays, topic, advertising, names and accounts, the law, copyright, reporting, discretion, corrections and news
  tips, language, warnings and bans, safety and advice, wildlife and welfare), each with five or six headings and
  five sentences; the site's word for what readers send (a quarter of sites never say "comment") and who moderates;
  few items or many, in the table's order or shuffled; one to three sentences an item; headings in several cases, on
  their own or run in, or none; markers of several shapes, and other printing variations now and then; opening,
  closing and title lines by ``_furnish``, and now and then a line after them. **Held out** for the next change to
  the notice: its lines not looked at. Its writer read, of other families, only the first items of ``reworded-6``'s
  table and code and ``reworded-164``'s code and its table's first item, for their modules' structure. Its figure,
  printed once on main's code (round 117), in place: removal P=0.997 R=0.955 F1=0.9757 exact=0.785, 13 article lines
  lost, 232 chrome lines missed.
- ``reworded-166`` (``seed_families/reworded_166.py``, ``REWORDINGS_166``, 2026-12-05), written from how sites word
  and print their posting rules (Palauan community news, Sark island notices, Nevada desert-town weeklies,
  sepak-takraw clubs, calligraphy guilds, lupus support forums, almshouse residents' boards, horology societies),
  without reading the cleaner's code or reports: sixteen item kinds (civility, hatred, privacy, safeguarding,
  moderation delays, topic, advertising and spam, real names and accounts, the law, copyright, reporting, the
  moderators' discretion, corrections and news tips, language, warnings and bans, medical advice and safety), each
  with five or six headings (a question among them) and five sentences; a site drawn per document (who runs it,
  moderates it and posts there) and its word for what readers send (a quarter of sites never say "comment"); few
  items or many, in the table's order or shuffled; one to three sentences an item; headings in several cases, on
  their own or run in, or none; markers of several shapes or none, and other printing variations now and then;
  opening, closing and title lines by ``_furnish``, and now and then a line under the rules. **Held out** for the
  next change to the notice: its lines not looked at. Its writer saw, while finding where to put this one, the
  last lines of the paragraph above it (with its figure), and of other families only the first items of
  ``reworded-6``'s table and code and ``reworded-164``'s module docstring and function names, read for their
  modules' structure. Its figure, printed once on main's code (round 117), in place: removal P=0.997 R=0.933 F1=0.9638
  exact=0.810, 13 article lines lost, 309 chrome lines missed.
- ``reworded-167`` (``seed_families/reworded_167.py``, ``REWORDINGS_167``, 2026-12-05), written from how sites word
  and print their posting rules (Niuean community news, Tiree island papers, South Dakota prairie weeklies, kabaddi
  clubs, woodturning associations, psoriasis forums, mooring-holders' associations, Victorian-bathhouse friends),
  without reading the cleaner's code or reports: sixteen item kinds (civility, hatred, privacy, safeguarding,
  moderation delays, topic, advertising and spam, real names and accounts, the law, copyright, reporting, the editor's
  discretion, corrections and news tips, language, warnings and bans, safety and medical advice), each with five or
  six headings (questions among them) and five sentences, in British spelling or American; the kind of site drawn
  (some lines only some kinds print); a site's word for what readers send (a quarter of sites never say "comment");
  two to four items or five to sixteen, in the table's order or shuffled; one to three sentences an item, now and then
  run into one paragraph or set out as sub-points; headings in four cases, on their own or run in before a colon, stop
  or dash, or none; markers numbered, lettered, roman, bulleted or as rules, or none, now and then on a line of their
  own; opening, closing and title lines by ``_furnish``, and now and then a line below them. **Held out** for the next
  change to the notice: its lines not looked at. Its writer read, of other families, only ``reworded-6``'s code and the
  first items of its table and ``reworded-164``'s module docstring, definitions and first helpers, for their modules'
  structure; putting this paragraph in, some lines of the paragraphs near it were printed to it, unused. Its figure,
  printed once on main's code (round 117), in place: removal P=0.997 R=0.949 F1=0.9725 exact=0.820, 13 article lines
  lost, 220 chrome lines missed.
- ``reworded-168`` (``seed_families/reworded_168.py``, ``REWORDINGS_168``, 2026-12-05), written from how sites word
  and print their posting rules (Anguillan news, Holy Island bulletins, Delaware shore-town weeklies, petanque clubs,
  origami societies, tinnitus forums, caravan-park residents' boards, ice-house preservation groups), without
  reading the cleaner's code or reports: seventeen item kinds (civility, hatred, privacy, safeguarding, moderation
  delays, topic, advertising and spam, real names and accounts, the law, copyright, reporting, editor's discretion,
  corrections and news tips, language, warnings and bans, safety and advice, elections), each with five or six
  headings (a question among them) and five sentences; a site's word for what readers send (a quarter of sites never
  say "comment"); few items or many, in the table's order or shuffled; one to three sentences an item; headings in
  several cases, on their own or run in, or none, or asked and answered; markers of several shapes, and other
  printing variations now and then; opening, closing and title lines by ``_furnish``, and now and then a line under
  the title or after the closing. **Held out** for the next change to the notice: its lines not looked at. Its writer
  read, of other families, only ``reworded-6``'s code and ``_items_164``, for their modules' structure. Its figure,
  printed once on main's code (round 117), in place: removal P=0.997 R=0.861 F1=0.9240 exact=0.735, 13 article lines
  lost, 600 chrome lines missed.
- ``reworded-169`` (``seed_families/reworded_169.py``, ``REWORDINGS_169``, 2026-12-05), written from how sites word and
  print their posting rules (Tuvaluan community news, Lewis and Harris papers, Kentucky hollow-town weeklies, shinty
  clubs, lacemaking guilds, cystic-fibrosis family forums, moorland commoners' associations, pillbox-preservation
  volunteers), without reading the cleaner's code or reports: sixteen item kinds (civility, hatred, privacy,
  safeguarding, moderation delays, topic, advertising, names and accounts, the law, copyright, reporting, the editor's
  or committee's discretion, corrections and news tips, language, warnings and bans, safety and medical advice), each
  with five or six headings and five sentences, some lines only for one kind of site; per site its kind, its word for
  what readers send (a quarter never say "comment"), a few items or many, in the table's order or drawn, one to three
  sentences an item, its way of printing headings and list markers, a few printing habits of its own, and
  ``_furnish``'s opening, closing and title lines. **Held out** for the next change to the notice: its lines not
  looked at. Its writer read, of other families, only ``reworded-6``'s code, for its module's structure, and saw, while
  finding where to put this one, a few lines of the paragraph above it. Its figure, printed once on main's code (round
  117), in place: removal P=0.998 R=0.980 F1=0.9888 exact=0.845, 10 article lines lost, 99 chrome lines missed.
- ``reworded-170`` (``seed_families/reworded_170.py``, ``REWORDINGS_170``, 2026-12-05), written from how sites word
  and print their posting rules (Cook Strait ferry-town news, Rathlin island bulletins, West Virginia coal-town
  weeklies, racquetball clubs, stained-glass guilds, endometriosis forums, almshouse-trust residents' boards,
  drovers'-road walking groups), without reading the cleaner's code or reports: sixteen item kinds (civility, hatred,
  privacy, safeguarding, moderation delays, topic, advertising, real names and accounts, the law, copyright,
  reporting, the moderators' discretion, corrections and tips, language, warnings and bans, advice), each with five
  or six headings (a question among them) and five sentences, and for each of eight kinds of site its own item kind,
  its names, its moderators, its words for what readers send ("comment", or for a quarter of sites another word
  and "comment" nowhere), titles, dated lines and sign-offs; few items or many, in the table's order or drawn, one
  to three sentences each; headings in several cases, on their own or run in, or none, or asked and answered;
  markers of several shapes; opening, closing and title lines by ``_furnish``, and now and then a dated line under
  the title and a sign-off at the end. **Held out** for the next change to the notice: its lines not looked at. Its
  writer read, of other families, only ``reworded-6``'s code and the head of ``reworded_168.py`` (its docstring,
  imports and the names it defines), for their modules' structure. Its writer saw, while finding where to put this one,
  the end of the paragraph above it (with its figure). Its figure, printed once on main's code (round 117), in place:
  removal P=0.998 R=0.966 F1=0.9818 exact=0.830, 11 article lines lost, 153 chrome lines missed.
- ``reworded-171`` (``seed_families/reworded_171.py``, ``REWORDINGS_171``, 2026-12-05), written from how sites word
  and print their posting rules (Montserrat community news, Arran village papers, Wisconsin dairy-town weeklies, bowls
  clubs, spinning-and-weaving guilds, Parkinson's carers' forums, mobile-home park residents' boards, canal-lock
  keepers' volunteers), without reading the cleaner's code or reports: sixteen item kinds (civility, hatred, privacy,
  safeguarding, moderation delays, topic, advertising and spam, real names and accounts, the law, copyright,
  reporting, editor's discretion, corrections and news tips, language, warnings and bans, safety and advice), each
  with five headings (a question among them) and five sentences; a site's word for what readers send (a quarter of
  sites never say "comment"); few items or many, in the table's order or shuffled; one to three sentences an item;
  headings in several cases, on their own or run in, or none, or asked and answered; markers of several shapes, and
  other printing variations now and then; opening, closing and title lines by ``_furnish``, and now and then a line
  under the title or a signature at the end. **Held out** for the next change to the notice: its lines not looked
  at. Its writer read, of other families, only ``reworded-6``'s code and ``_items_168``, for their modules'
  structure. Its figure, printed once on main's code (round 117), in place: removal P=0.997 R=0.983 F1=0.9899
  exact=0.855, 12 article lines lost, 79 chrome lines missed.
- ``reworded-172`` (``seed_families/reworded_172.py``, ``REWORDINGS_172``, 2026-12-05), written from how sites word
  and print their posting rules (Saint Helena news, Isles of Scilly parish notices, New Hampshire mill-town weeklies,
  croquet clubs, clock-restoration guilds, fibromyalgia forums, river-trust anglers' boards, lime-kiln heritage
  groups), without reading the cleaner's code or reports: seventeen item kinds (civility, hatred, privacy,
  safeguarding, moderation delays, topic, advertising and spam, names and accounts, the law, copyright, reporting,
  editor's discretion, corrections and news tips, language, warnings and bans, safety and advice, elections), each
  with five or six headings (a question or two among them) and five sentences; a site's word for what readers send
  (a quarter of sites never say "comment"); few items or many, in the table's order or shuffled; one sentence an
  item or one to three; headings in one of several cases, on their own or run in, or none, or asked and answered;
  markers of several shapes, and other printing habits now and then; opening, closing and title lines by
  ``_furnish``. **Held out** for the next change to the notice: its lines not looked at. Its writer read, of other
  families, only ``reworded-6``'s code and the first entries of its table and short lists, for its module's structure,
  and saw, while finding where to put this one, the last lines of the paragraph above it (with its figure). Its figure,
  printed once on main's code (round 117), in place: removal P=0.996 R=0.903 F1=0.9472 exact=0.755, 18 article lines
  lost, 529 chrome lines missed.
- ``reworded-173`` (``seed_families/reworded_173.py``, ``REWORDINGS_173``, 2026-12-05), written from how sites word
  and print their posting rules (Faroese and Greenlandic English news, Isle of Wight and Lundy pages, Mississippi
  hill-country weeklies, lacrosse clubs, bonsai societies, epilepsy forums, allotment-federation boards, narrowboat
  cruising clubs), without reading the cleaner's code or reports: seventeen item kinds (civility, hatred, privacy,
  safeguarding, moderation delays, topic, advertising and selling, names and accounts, the law, copyright, reporting,
  the moderators' discretion, corrections and news tips, language, warnings and bans, medical and practical advice,
  private disputes), each with five or six headings (a question or two among them) and five sentences, British spelling or
  American; the site's word for what readers send (comment, post, message, reply, contribution; a quarter of sites
  never say "comment"); two to four items now and then, else six to all, in the table's order or shuffled; one
  sentence an item or one to three, as parts or one paragraph; headings on their own part, run in before a stop, colon
  or dash, asked as questions, or none, in one case a site; marks before the items (figures, letters, Roman numerals,
  rule numbers in figures or words, bullets, or none), a mark on its own part, decimal clause or section numbers,
  bullets under a heading, stops dropped, a rule line between items, markdown bold kept; an opening, closing and title
  line by ``_furnish``. **Held out** for the next change to the notice: its lines not looked at. Its writer read, of
  other families, ``reworded-6``'s code and, of ``reworded-172``'s module, its docstring, short helpers and most of
  ``_items_172`` (not its tables), for its module's structure, and saw, while finding where to put this one, the last
  lines of the paragraph above it (with its figure). Its figure, printed once on main's code (round 122), in place:
  removal P=0.998 R=0.911 F1=0.9525 exact=0.755, 7 article lines lost, 419 chrome lines missed.
- ``reworded-174`` (``seed_families/reworded_174.py``, ``REWORDINGS_174``, 2026-12-05), written from how sites word
  and print their posting rules (Cook Islands and Niue news, Anglesey and Llyn peninsula papers, Nevada ranch-county
  weeklies, curling clubs, woodturning guilds, type-1 diabetes parents' forums, housing-association tenants' boards,
  waterway-restoration volunteers), without reading the cleaner's code or reports: seventeen item kinds (civility,
  hatred, privacy, safeguarding, moderation delays, topic, advertising and spam, names and accounts, the law,
  copyright, reporting, editor's discretion, corrections and news tips, language, warnings and bans, safety and
  advice, the right channel for repairs, bookings and emergencies), each with five or six headings (a question among
  them) and five sentences; a site's word for what readers send (a quarter of sites never say "comment"); few items
  or many, in the table's order or shuffled; one sentence an item or one to three; headings in one of several cases,
  on their own or run in, or none, or asked and answered, or bilingual; markers of several shapes, and other
  printing habits now and then; opening, closing and title lines by ``_furnish``. **Held out** for the next change
  to the notice: its lines not looked at. Its writer read, of other families, only ``reworded-6``'s code and its
  table's first entries, for its module's structure, and saw, while finding where to put this one, the last lines of
  the paragraph above it (with its figure). Its figure, printed once on main's code (round 122), in place: removal
  P=0.997 R=0.969 F1=0.9831 exact=0.840, 11 article lines lost, 128 chrome lines missed.
- ``reworded-175`` (``seed_families/reworded_175.py``, ``REWORDINGS_175``, 2026-12-05), written from how sites word
  and print their posting rules (Trinidad and Tobago and Guyanese news, Outer Banks and Eastern Shore weeklies, Fife
  coastal village papers, netball clubs, calligraphy societies, stroke-survivor forums, community-orchard groups,
  heritage-tramway volunteers), without reading the cleaner's code or reports: sixteen item kinds (civility, hatred,
  privacy, safeguarding, moderation delays, topic, advertising and spam, names and accounts, the law, copyright,
  reporting, editor's discretion, corrections and news tips, language, warnings and bans, safety and advice), each
  with five or six headings (a question or two among them) and five sentences; a site's word for what readers send
  (a quarter of sites never say "comment"); few items or many, in the table's order or drawn; one sentence an item
  or one to three; headings in one of several cases, on their own or run in, or none, or asked and answered;
  markers of several shapes, and other printing habits now and then; opening, closing and title lines by
  ``_furnish``. **Held out** for the next change to the notice: its lines not looked at. Its writer read, of other
  families, only ``reworded-6``'s code, for its module's structure, and saw, while finding where to put this one,
  the last lines of the paragraph above it (with its figure). Its figure, printed once on main's code (round 122), in
  place: removal P=0.998 R=0.958 F1=0.9775 exact=0.865, 7 article lines lost, 198 chrome lines missed.
- ``reworded-176`` (``seed_families/reworded_176.py``, ``REWORDINGS_176``, 2026-12-05), written from how sites word
  and print their posting rules (Zanzibar and Comoros English news, Yorkshire Wolds and Lincolnshire Fens papers,
  Oregon timber-town weeklies, squash clubs, embroiderers' guilds, long-COVID forums, parish-allotment boards,
  sea-scout groups), without reading the cleaner's code or reports: seventeen item kinds (civility, hatred, privacy,
  safeguarding, moderation delays, topic, advertising and spam, names and accounts, the law, copyright, reporting,
  editor's discretion, corrections and news tips, language, warnings and bans, safety and advice, whose views), each
  with five or six headings (a question or two among them) and five sentences; a site's word for what readers send
  and for its people (a quarter of sites never say "comment"); few items or many, in the table's order or shuffled;
  one sentence an item or one to three; headings in one of three cases, on their own or run in, or none, or asked
  and answered; markers of several shapes, and other printing habits now and then; opening, closing and title lines
  by ``_furnish``. **Held out** for the next change to the notice: its lines not looked at. Its writer read, of other
  families, only ``reworded-6``'s code, for its module's structure, and saw, while finding where to put this one, a few
  lines of the paragraphs of ``reworded-7`` and ``reworded-172`` (with the latter's figure). Its figure, printed once on
  main's code (round 122), in place: removal P=0.999 R=0.975 F1=0.9867 exact=0.860, 5 article lines lost, 98 chrome
  lines missed.
- ``reworded-177`` (``seed_families/reworded_177.py``, ``REWORDINGS_177``, 2026-12-05), written from how sites word
  and print their posting rules (Rwandan and Ugandan English news, Cotswold village newsletters, Missouri river-town
  weeklies, badminton clubs, bookbinding guilds, dementia carers' forums, community-land-trust boards, wildlife-rescue
  volunteers), without reading the cleaner's code or reports: seventeen item kinds (civility, hatred, privacy,
  safeguarding, moderation delays, topic, advertising and spam, names and accounts, the law, copyright, reporting,
  editor's discretion, corrections and news tips, language, warnings and bans, safety and advice, politics and
  campaigning), each with five or six headings (a question or two among them) and five sentences; a site's word for
  what readers send (a quarter of sites never say "comment"); few items or many, in the table's order or shuffled;
  one sentence an item or one to three; headings in one of several cases, on their own or run in, or none, or asked
  and answered; markers of several shapes, and other printing habits now and then; opening, closing and title lines
  by ``_furnish``. **Held out** for the next change to the notice: its lines not looked at. Its writer read, of other
  families, ``reworded-6``'s code and, of ``reworded-172``'s module, its header, the opening of its table and its
  ``_furnish`` call, for its module's structure, and saw, while finding where to put this one, the end of the paragraph
  above it. Its figure, printed once on main's code (round 122), in place: removal P=0.997 R=0.933 F1=0.9637
  exact=0.765, 16 article lines lost, 329 chrome lines missed.
- ``reworded-178`` (``seed_families/reworded_178.py``, ``REWORDINGS_178``, 2026-12-05), written from how sites word and
  print their posting rules (Vanuatu and Solomon Islands news, Connemara and Donegal papers, Arizona border-town
  weeklies, water-polo clubs, glassblowing studios, ME/CFS forums, volunteer coastguard boards, mill-pond heritage
  trusts), without reading the cleaner's code or reports: seventeen item kinds (civility, hatred, privacy, safeguarding,
  moderation delays, topic, advertising and spam, names and accounts, the law, copyright, reporting, editor's
  discretion, corrections and news tips, language, warnings and bans, safety and advice, incidents and the bereaved),
  each with six headings (a question or two among them) and five sentences; a site's word for what readers send (a
  quarter of sites never say "comment"); a kind of site, whose own sentences and lines it prints; few items or many, in
  the table's order or shuffled; one sentence an item or one to three; headings in one of several cases, placed in one
  of several ways, or none; markers of several shapes, and other printing habits now and then; opening, closing and
  title lines by ``_furnish``. **Held out** for the next change to the notice: its lines not looked at. Its writer read,
  of other families, only ``reworded-6``'s code and the first entries of its table and short lists, for its module's
  structure, and saw, while finding where to put this one, the paragraph above it (with its figure). Its figure, printed
  once on main's code (round 122), in place: removal P=0.997 R=0.966 F1=0.9814 exact=0.865, 12 article lines lost, 139
  chrome lines missed.
- ``reworded-179`` (``seed_families/reworded_179.py``, ``REWORDINGS_179``, 2026-12-05), written from how sites word
  and print their posting rules (Cape Verdean and Sao Tomean English news, Isle of Bute and Cumbrae papers, Alabama
  Wiregrass weeklies, handball clubs, luthiers' guilds, tinnitus forums, village-shop co-op boards, hedge-laying
  groups), without reading the cleaner's code or reports: sixteen item kinds (civility, hatred, privacy,
  safeguarding, moderation delays, topic, advertising and spam, names and accounts, the law, copyright, reporting,
  editor's discretion, corrections and news tips, language, warnings and bans, safety and advice), each with five or
  six headings (a question or two among them) and five sentences; a site's word for what readers send (a quarter of
  sites never say "comment"); few items or many, in the table's order or shuffled; one sentence an item, two or
  three, or one to three; headings in one of several cases, on their own or run in, or none; markers of several
  shapes, and other printing habits now and then; opening, closing and title lines by ``_furnish``. **Held out**
  for the next change to the notice: its lines not looked at. Its writer read, of other families, ``reworded-6``'s code
  and first table entries and ``reworded-172``'s docstring and its imports and functions (none of its sentences), for
  its module's structure, and saw, while finding where to put this one, the end of the paragraph above it (with its
  figure). Its figure, printed once on main's code (round 122), in place: removal P=0.998 R=0.967 F1=0.9826 exact=0.865,
  8 article lines lost, 154 chrome lines missed.
- ``reworded-180`` (``seed_families/reworded_180.py``, ``REWORDINGS_180``, 2026-12-05), written from how sites word and
  print their posting rules (Bermuda and Turks and Caicos news, Exmoor and Dartmoor parish pages, South Dakota prairie
  weeklies, kabaddi clubs, marquetry societies, asthma forums, tower-block residents' associations, tide-mill
  volunteers), without reading the cleaner's code or reports: sixteen item kinds (civility, hatred, privacy,
  safeguarding, moderation delays, topic, advertising and spam, real names and accounts, the law, copyright,
  reporting, editor's discretion, corrections and news tips, language, warnings and bans, safety and medical
  advice), each with six headings (a question or two among them) and five sentences; the site's word for what
  readers send (a quarter of sites never say "comment"); two to five items now and then, else six to all sixteen,
  in the table's order or drawn; one to three sentences an item; headings in one case a list, on their own part, run
  in or asked and answered, or none; markers of many shapes, and other printing habits now and then; opening,
  closing and title lines by ``_furnish``. **Held out** for the next change to the notice: its lines not looked at. Its
  writer read, of other families, only ``reworded-6``'s code and ``reworded-172``'s header, ``_items_172`` and its
  helpers, for its module's structure. Its figure, printed once on main's code (round 122), in place: removal P=0.997
  R=0.960 F1=0.9782 exact=0.815, 12 article lines lost, 178 chrome lines missed.
- ``reworded-181`` (``seed_families/reworded_181.py``, ``REWORDINGS_181``, 2026-12-05), written from how sites word
  and print their posting rules (Samoan and Tongan English news, Orkney and Shetland papers, Idaho panhandle
  weeklies, ultimate-frisbee clubs, pottery co-ops, migraine forums, narrowboat moorers' associations, lido friends'
  groups), without reading the cleaner's code or reports: sixteen item kinds (civility, hatred, privacy,
  safeguarding, moderation delays, topic, advertising and spam, accounts, the law, copyright, reporting, the editor's
  or committee's discretion, corrections and news tips, language, warnings and bans, medical and safety advice), each
  with five or six headings (a question or two among them) and five sentences; the site's word for what readers send
  (a quarter of sites never say "comment"); two to five items now and then, else seven to all sixteen, in the
  table's order or drawn; one to three sentences an item; headings in one case a list, on their own part, run in, or
  none; markers of many shapes, and other printing habits now and then; opening, closing and title lines by
  ``_furnish``. **Held out** for the next change to the notice: its lines not looked at. Its writer read, of other
  families, only ``reworded-6``'s code and ``reworded-180``'s ``_items_180`` and its helpers, for its module's
  structure. Its writer also saw the last lines of ``reworded-180``'s paragraph (with its figure) while finding where to
  put this one. Its figure, printed once on main's code (round 123), in place: removal P=0.997 R=0.960 F1=0.9782
  exact=0.865, 10 article lines lost, 166 chrome lines missed.
- ``reworded-182`` (``seed_families/reworded_182.py``, ``REWORDINGS_182``, 2026-12-05), written from how sites word
  and print their posting rules (Maltese and Gibraltarian English news, Pembrokeshire village papers, Vermont
  hill-town weeklies, table-tennis clubs, rug-hooking guilds, coeliac forums, retirement-village residents' boards,
  canal-restoration volunteers), without reading the cleaner's code or reports: sixteen item kinds (civility,
  hatred, privacy, safeguarding, moderation delays, topic, advertising, accounts and real names, the law,
  copyright, reporting, the editor's discretion, corrections and news tips, language, warnings and bans, safety
  and advice), each with five or six headings (a question or two among them) and five sentences; the site's word
  for what readers send (a quarter of sites never say "comment"); two to five items now and then, else seven to
  all sixteen, in the table's order or drawn; one to three sentences an item; headings in one case a list, on
  their own part, run in, asked and answered, or none; markers of many shapes, and other printing habits now and
  then; opening, closing and title lines by ``_furnish``. **Held out** for the next change to the notice: its
  lines not looked at. Its writer read, of other families, only ``reworded-6``'s module, for its module's structure, and
  saw a few lines of the paragraph above this one while finding where to put it. Its figure, printed once on main's code
  (round 123), in place: removal P=0.998 R=0.975 F1=0.9862 exact=0.850, 11 article lines lost, 118 chrome lines missed.
- ``reworded-183`` (``seed_families/reworded_183.py``, ``REWORDINGS_183``, 2026-12-05), written from how sites word
  and print their posting rules (Fijian community news, Scottish Borders papers, Montana ranch-town weeklies,
  orienteering clubs, model-railway societies, MS support forums, park-home owners' associations, windmill
  preservation trusts), without reading the cleaner's code or reports: sixteen item kinds (civility, hatred, privacy,
  safeguarding, moderation delays, topic, advertising, accounts, the law, copyright, reporting, the editor's or
  committee's discretion, corrections and news tips, language, warnings and bans, safety and advice), each with five
  or six headings (a question or two among them) and five sentences; the site's word for what readers send (a
  quarter of sites never say "comment"); two to five items now and then, else six to all sixteen, in the table's
  order or drawn; one to three sentences an item; headings in one case, on their own part, run in or none; markers
  of many shapes, and other printing habits now and then; opening, closing and title lines by ``_furnish``. **Held
  out** for the next change to the notice: its lines not looked at. Its writer read, of other families, only
  ``reworded-6``'s code, for its module's structure, and saw the end of ``reworded-180``'s paragraph while finding where
  to put this one. Its figure, printed once on main's code (round 123), in place: removal P=0.998 R=0.973 F1=0.9852
  exact=0.830, 10 article lines lost, 126 chrome lines missed.
- ``reworded-184`` (``seed_families/reworded_184.py``, ``REWORDINGS_184``, 2026-12-05), written from how sites word
  and print their posting rules (Bahamian and Caymanian news, Norfolk Broads village papers, Wyoming oil-town
  weeklies, roller-derby leagues, quilting guilds, hearing-loss forums, student-housing co-ops, heritage-railway
  volunteers), without reading the cleaner's code or reports: sixteen item kinds (civility, hatred, privacy,
  safeguarding, moderation delays, topic, advertising and spam, real names and accounts, the law, copyright,
  reporting, editor's discretion, corrections and news tips, language, warnings and bans, safety and advice), each
  with six headings (a question or two among them) and five sentences; the site's word for what readers send (a
  quarter of sites never say "comment"); two to five items now and then, else six to all sixteen, in the table's
  order or drawn; one to three sentences an item; headings in one case a site, on their own part, run in or none;
  markers of many shapes, and other printing habits; opening, closing and title lines by ``_furnish``. **Held out**
  for the next change to the notice: its lines not looked at. Its writer read, of other families, only ``reworded-6``'s
  code (and a few of its table's lines), for its module's structure, and the paragraph next to where this one goes
  (``reworded-180``'s). Its figure, printed once on main's code (round 123), in place: removal P=0.998 R=0.979 F1=0.9884
  exact=0.880, 8 article lines lost, 100 chrome lines missed.
- ``reworded-185`` (``seed_families/reworded_185.py``, ``REWORDINGS_185``, 2026-12-05), written from how sites word and
  print their posting rules (Jamaican diaspora news, Northumberland village bulletins, Maine lobster-town weeklies,
  rowing clubs, astronomy societies, IBS forums, sheltered-housing residents' boards, lighthouse friends' groups),
  without reading the cleaner's code or reports: sixteen item kinds (civility, hatred, privacy, safeguarding,
  moderation delays, topic, advertising, accounts, the law, copyright, reporting, the editor's say, corrections and
  news, language, warnings and bans, medical, water and solar safety), each five or six headings and five
  sentences, the site's word for what readers send (a quarter never say "comment"), two to five items or seven to
  all, in the table's order or drawn, one to three sentences an item, headings and marks drawn a site at a time,
  and a few printing habits of the site's own (``_items_185`` says which). **Held out** for the next change to the
  notice: its lines not looked at. Its writer read, of other families, only ``reworded-6``'s module and
  ``reworded-180``'s header, ``_items_180`` and its helpers, for its module's structure, and saw the last lines of the
  paragraph above (with its figure). Its figure, printed once on main's code (round 123), in place: removal P=0.998
  R=0.956 F1=0.9763 exact=0.855, 8 article lines lost, 181 chrome lines missed.
- ``reworded-186`` (``seed_families/reworded_186.py``, ``REWORDINGS_186``, 2026-12-05), written from how sites word and
  print their posting rules (Seychelles and Mauritius English news, Shropshire market-town papers, Kansas wheat-town
  weeklies, cricket clubs, rose societies, bipolar support forums, allotment tenants' associations, lifeboat station
  supporters), without reading the cleaner's code or reports: sixteen item kinds (civility, hatred, privacy,
  safeguarding, moderation delays, topic, advertising and spam, real names and accounts, the law, copyright,
  reporting, editor's discretion, corrections and news tips, language, warnings and bans, safety and advice), each
  with five headings (a question among them) and five sentences; the site's word for what readers send (a quarter of
  sites never say "comment"); two to five items now and then, else seven to all sixteen, in the table's order or
  drawn; one sentence an item, two, or one to three; headings in one of several cases, on their own part or run in,
  or none; markers of many shapes, and other printing habits now and then; opening, closing and title lines by
  ``_furnish``. **Held out** for the next change to the notice: its lines not looked at. Its writer read, of other
  families, only ``reworded-6``'s module and ``reworded-180``'s header, docstring and the names of its tables and
  functions, for its module's structure, and saw the end of the paragraph above (with its figure). Its figure, printed
  once on main's code (round 123), in place: removal P=0.998 R=0.983 F1=0.9905 exact=0.860, 9 article lines lost, 78
  chrome lines missed.
- ``reworded-187`` (``seed_families/reworded_187.py``, ``REWORDINGS_187``, 2026-12-05), written from how sites word and
  print their posting rules (Malawian and Botswanan English news, Lake District parish pages, New Mexico pueblo-town
  weeklies, gaelic-football clubs, knitting circles, kidney-patient forums, tenants' unions, community-orchard
  volunteers), without reading the cleaner's code or reports: sixteen item kinds (civility, hatred, privacy,
  safeguarding, moderation delays, topic, advertising and spam, real names and accounts, the law, copyright,
  reporting, editor's discretion, corrections and news tips, language, warnings and bans, safety and medical
  advice), each with five headings (one a question) and five sentences; the site's word for what readers send (a
  quarter of sites never say "comment"); two to five items now and then, else six to all sixteen, in the table's
  order or drawn; one to three sentences an item; headings in one of several cases, on their own part or run in, or
  none; markers of several shapes, and other printing habits now and then; opening, closing and title lines by
  ``_furnish``. **Held out** for the next change to the notice: its lines not looked at. Its writer read, of other
  families, only ``reworded-6``'s module (its code and table), for its module's structure, and saw, while finding
  where to put this one, the end of ``reworded-179``'s paragraph and ``reworded-180``'s (with their figures). Its
  figure, printed once on main's code (round 123), in place: removal P=0.997 R=0.981 F1=0.9893 exact=0.875, 13 article
  lines lost, 94 chrome lines missed.
- ``reworded-188`` (``seed_families/reworded_188.py``, ``REWORDINGS_188``, 2026-12-05), written from how sites word and
  print their posting rules (St Lucian and Grenadian news, Isle of Skye papers, Iowa corn-belt weeklies, judo clubs,
  philatelic societies, hearing-voices forums, houseboat communities, steam-fair preservation groups), without reading
  the cleaner's code or reports: sixteen item kinds (civility, hatred, privacy, safeguarding, moderation delays,
  topic, advertising and sales, real names and accounts, the law, copyright, reporting, editor's discretion,
  corrections and news tips, language, warnings and bans, safety and advice), each with five or six headings (a
  question or two among them) and five sentences; the site's word for what readers send (a quarter of sites never
  say "comment"); two to five items now and then, else six to all sixteen, in the table's order or drawn; one to
  three sentences an item; headings in one case a list, on their own part, run in, bracketed, in bold marks or asked
  and answered, or none; markers of many shapes, and other printing habits now and then; opening, closing and title
  lines by ``_furnish``. **Held out** for the next change to the notice: its lines not looked at. Its writer read, of
  other families, only ``reworded-6``'s module and ``reworded-180``'s module header, for its module's structure, and saw
  parts of ``reworded-180``'s paragraph. Its figure, printed once on main's code (round 123), in place: removal P=0.997
  R=0.973 F1=0.9847 exact=0.815, 13 article lines lost, 129 chrome lines missed.
- ``reworded-189`` (``seed_families/reworded_189.py``, ``REWORDINGS_189``, 2026-12-05), written from how sites word and
  print their posting rules (Kiribati and Marshall Islands English news, Hebridean crofting papers, Nebraska sandhills
  weeklies, water-ski clubs, embroidery guilds, chronic-pain forums, housing-co-op boards, chain-ferry friends),
  without reading the cleaner's code or reports: sixteen item kinds (civility, hatred, privacy, safeguarding,
  moderation delays, topic, advertising and spam, real names and accounts, the law, copyright, reporting, editor's
  discretion, corrections and news tips, language, warnings and bans, safety and advice), each with five or six
  headings (a question or two among them) and five sentences; the site's word for what readers send (a quarter of
  sites never say "comment"); two to five items now and then, else six to all sixteen, in the table's order or drawn;
  one to three sentences an item; headings in one case a list, on their own part or run in, or none; markers of many
  shapes, and other printing habits now and then; opening, closing and title lines by ``_furnish``. **Held out** for
  the next change to the notice: its lines not looked at. Its writer read, of other families, only ``reworded-6``'s
  module for its module's structure, and saw ``reworded-188``'s paragraph. Its figure, printed once on main's code
  (round 126), in place: removal P=0.997 R=0.934 F1=0.9647 exact=0.815, 11 article lines lost, 292 chrome lines missed.
- ``reworded-190`` (``seed_families/reworded_190.py``, ``REWORDINGS_190``, 2026-12-05), written from how sites word and
  print their posting rules (Solomon Islands and Tuvalu news, Peak District village bulletins, Oklahoma panhandle
  weeklies, fell-running clubs, bookbinders' circles, ADHD parents' forums, leaseholders' associations, lido
  restoration volunteers), without reading the cleaner's code or reports: sixteen item kinds (civility, hatred,
  privacy, safeguarding, moderation delays, topic, advertising, accounts, the law, copyright, reporting, the editor's
  discretion, corrections and news tips, language, warnings and bans, advice and safety), each with five or six
  headings and five sentences; a site's word for what readers send (a quarter never say "comment"); two to five items
  now and then, else six to all sixteen, in the table's order or drawn; one to three sentences an item, joined or
  each on its own; headings in one case a list, on their own part, run in, bracketed or in bold marks, or none;
  markers of many shapes, now and then on a line of their own; a short line after the items now and then; opening,
  closing and title lines by ``_furnish``. **Held out** for the next change to the notice: its lines not looked at.
  Its writer read, of other families, only ``reworded-6``'s module and ``reworded-188``'s module header and
  ``_items_188``'s docstring, for its module's structure, and saw the last lines of ``reworded-188``'s paragraph. Its
  figure, printed once on main's code (round 126), in place: removal P=0.997 R=0.973 F1=0.9845 exact=0.840, 12 article
  lines lost, 107 chrome lines missed.
- ``reworded-191`` (``seed_families/reworded_191.py``, ``REWORDINGS_191``, 2026-12-05), written from how sites word
  and print their posting rules (Belizean and Bahamian diaspora news, Cornish fishing-village papers, Minnesota
  lake-town weeklies, curling-and-bowls clubs, pottery guilds, stammering support forums, estate tenants' boards,
  tramway museum volunteers), without reading the cleaner's code or reports: sixteen item kinds, each five headings
  (a question among them) and five sentences; the site's word for what readers send (a quarter of sites never say
  "comment"); two to five items now and then, else six to all sixteen, in the table's order or drawn; one to three
  sentences an item; headings in one case a list, on their own part or run in, or none; markers of several shapes
  or none; opening, closing and title lines by ``_furnish``. **Held out** for the next change to the notice: its
  lines not looked at. Its writer read, of other families, only ``reworded-6``'s module, for its module's structure. Its
  figure, printed once on main's code (round 126), in place: removal P=0.998 R=0.955 F1=0.9761 exact=0.845, 12 article
  lines lost, 242 chrome lines missed.
- ``reworded-192`` (``seed_families/reworded_192.py``, ``REWORDINGS_192``, 2026-12-05), written from how sites word and
  print their posting rules (Botswana and Namibia English news, Welsh valleys papers, Arizona copper-town weeklies,
  archery clubs, genealogy societies, carers' forums for dementia, narrowboat co-ops, windmill friends), without
  reading the cleaner's code or reports: sixteen item kinds (civility, hatred, privacy, safeguarding, moderation
  delays, topic, advertising and spam, real names and accounts, the law, copyright, reporting, editor's discretion,
  corrections and news tips, language, warnings and bans, safety and advice), each with five or six headings (a
  question or two among them) and five sentences; the site's word for what readers send (a quarter of sites never
  say "comment"); two to five items now and then, else six to all sixteen, in the table's order or drawn; one to
  three sentences an item; headings in one of several cases, on their own part, run in, or none, and other shapes
  of heading now and then; markers of many shapes, or none, and other printing habits now and then; opening,
  closing and title lines by ``_furnish``. **Held out** for the next change to the notice: its lines not looked at.
  Its writer read, of other families, only ``reworded-6``'s module and the head of ``reworded-180``'s (its docstring
  and first few headings), for its module's structure, and saw ``reworded-188``'s paragraph and the end of
  ``reworded-187``'s. Its figure, printed once on main's code (round 126), in place: removal P=0.998 R=0.986 F1=0.9918
  exact=0.850, 9 article lines lost, 69 chrome lines missed.
- ``reworded-193`` (``seed_families/reworded_193.py``, ``REWORDINGS_193``, 2026-12-05), written from how sites word and
  print their posting rules (Samoan diaspora news, Orkney parish notices, Vermont maple-town weeklies, judo and karate
  clubs, beekeepers' societies, scoliosis forums, almshouse residents, heritage-bus volunteers), without reading the
  cleaner's code or reports: sixteen item kinds (civility, hatred, privacy, safeguarding, moderation delays, topic,
  advertising and spam, real names and accounts, the law, copyright, reporting, editor's discretion, corrections and
  news tips, language, warnings and bans, medical and safety advice), each with five or six headings (questions
  among them) and five sentences; a site's word for what readers send (a quarter never say "comment"); two to five
  items now and then, else six to all sixteen, in the table's order or drawn; one to three sentences an item;
  headings in one case a list, placed in one of several ways a site prints them, or none; markers of many shapes,
  and other printing habits now and then; opening, closing and title lines by ``_furnish``. **Held out** for the
  next change to the notice: its lines not looked at. Its writer read, of other families, only ``reworded-6``'s module
  and ``reworded-188``'s header and code (and a few of its sentences that a search printed), for its module's structure.
  Its figure, printed once on main's code (round 126), in place: removal P=0.998 R=0.966 F1=0.9816 exact=0.820, 9
  article lines lost, 149 chrome lines missed.
- ``reworded-194`` (``seed_families/reworded_194.py``, ``REWORDINGS_194``, 2026-12-05), written from how sites word
  and print their posting rules (Mauritian and Reunion English news, Lincolnshire Wolds papers, Idaho farm-town
  weeklies, sea-kayak clubs, quilters' circles, sleep-apnoea forums, tower-block tenants, canal-boat trust
  volunteers), without reading the cleaner's code or reports: eighteen item kinds (civility, hatred, privacy,
  safeguarding, moderation delays, topic, advertising and spam, names and accounts, the law, copyright, reporting,
  the editor's discretion, corrections and news tips, language, warnings and bans, safety and advice, elections,
  official channels), each with five or six headings (a question among them) and five sentences; a site's word for
  what readers send ("comment" three times in four), what it calls itself and who moderates; two to five items or
  six to fourteen, in the table's order or drawn; one to three sentences an item; headings cased, placed, stopped
  and marked as each site prints them, with a question-and-answer printing, a dash before each sentence and a
  "Last updated" line among the site's drawings; opening, closing and title lines by ``_furnish``. **Held out** for
  the next change to the notice: its lines not looked at. Its writer read, of other families, only ``reworded-6``'s
  code, for its module's structure, and saw the last lines of ``reworded-188``'s paragraph (with its figure). Its
  figure, printed once on main's code (round 126), in place: removal P=0.997 R=0.974 F1=0.9855 exact=0.870, 12 article
  lines lost, 118 chrome lines missed.
- ``reworded-195`` (``seed_families/reworded_195.py``, ``REWORDINGS_195``, 2026-12-05), written from how sites word
  and print their posting rules (Fiji and Tonga news, Hebrides and Skye bulletins, West Texas oil-town weeklies,
  cycling clubs, model-yacht societies, cancer-carers' forums, mobile-home residents, steam-railway friends), without
  reading the cleaner's code or reports: sixteen item kinds (civility, hatred, privacy, safeguarding, moderation
  delays, topic, advertising, accounts, the law, copyright, reporting, editor's discretion, corrections and news
  tips, language, warnings and bans, safety and advice), five or six headings each (questions among them) and five
  sentences; a site's word for what readers send (a quarter of sites never say "comment"); two to five items now
  and then, else six to sixteen, in the table's order or drawn; one to three sentences an item; headings in one
  case a list, on their own part or run in, or none; markers of many shapes or none, and other printing habits now
  and then; opening, closing and title lines by ``_furnish``. **Held out** for the next change to the notice: its
  lines not looked at. Its writer read, of other families, only ``reworded-6``'s module and ``reworded-188``'s opening
  docstring and outline (not its table), for its module's structure, and saw a few lines of ``reworded-188``'s
  paragraph. Its figure, printed once on main's code (round 126), in place: removal P=0.999 R=0.959 F1=0.9784
  exact=0.845, 7 article lines lost, 226 chrome lines missed.
- ``reworded-196`` (``seed_families/reworded_196.py``, ``REWORDINGS_196``, 2026-12-05), written from how sites word and
  print their posting rules (Jamaican and Barbadian news, Shetland papers, Wisconsin Northwoods weeklies, climbing-wall
  clubs, folk-dance societies, hearing-dog forums, co-housing boards, lighthouse heritage volunteers), without reading
  the cleaner's code or reports: sixteen item kinds (civility, hatred, privacy, safeguarding, moderation delays,
  topic, advertising and sales, real names and accounts, the law, copyright, reporting, editor's discretion,
  corrections and news tips, language, warnings and bans, safety and advice), each with five or six headings (a
  question or two among them) and five sentences; the site's word for what readers send (a quarter of sites never say
  "comment"); two to five items now and then, else six to all sixteen, in the table's order or drawn; one to three
  sentences an item; headings in one case a site, on their own part, run in, bracketed, or none, and now and then
  asked and answered; markers of many shapes or none; opening, closing and title lines by ``_furnish``. **Held out**
  for the next change to the notice: its lines not looked at. Its writer read, of other families, only ``reworded-6``'s
  module, for its module's structure, and saw ``reworded-188``'s paragraph (with its figure). Its figure, printed once
  on main's code (round 126), in place: removal P=0.996 R=0.982 F1=0.9891 exact=0.855, 16 article lines lost, 72 chrome
  lines missed.
- ``reworded-197`` (``seed_families/reworded_197.py``, ``REWORDINGS_197``, 2026-12-05), written from how sites word
  and print their posting rules (Cook Islands and Niue English news, Isle of Man papers, Montana ranch-town weeklies,
  rowing clubs, stamp-collecting societies, lupus support forums, retirement-village residents, heritage-orchard
  volunteers), without reading the cleaner's code or reports: sixteen item kinds (civility, hatred, privacy,
  safeguarding, moderation delays, topic, advertising and swapping, real names and accounts, the law, copyright,
  reporting, editor's discretion, corrections and news tips, language, warnings and bans, safety and advice), each
  with five or six headings (a question or two among them) and five sentences; the site's word for what readers send
  (a quarter of sites never say "comment"); two to five items now and then, else six to all sixteen, in the table's
  order or drawn; one to three sentences an item; headings in one case a site, on their own part or run in, or none;
  markers of many shapes or none; opening, closing and title lines by ``_furnish``. **Held out** for the next change
  to the notice: its lines not looked at. Its writer read, of other families, only ``reworded-6``'s module and the code
  of ``reworded-196``'s (its ``_items_196`` and the shape of its word table, not its sentences), for their structure.
  Its figure, printed once on main's code (round 131), in place: removal P=0.997 R=0.992 F1=0.9943 exact=0.860, 15
  article lines lost, 37 chrome lines missed.
- ``reworded-198`` (``seed_families/reworded_198.py``, ``REWORDINGS_198``, 2026-12-05), written from how sites word and
  print their posting rules (Malawi and Zambia English news, Scilly Isles bulletins, Alaska fishing-town weeklies,
  badminton clubs, choral societies, epilepsy forums, student-housing co-ops, canal-towpath friends), without reading
  the cleaner's code or reports: sixteen item kinds (civility, hatred, privacy, safeguarding, moderation delays, topic,
  advertising, accounts, the law, copyright, reporting, the editors' discretion, corrections and tips, language,
  warnings and bans, safety and advice), each with five or six headings (a question or two among them) and five
  sentences; the site's word for what readers send (a quarter of sites never say "comment"), who moderates and what
  the site calls itself; two to five items now and then, else six to all sixteen, in the table's order or drawn; one
  to three sentences an item; headings in one case a site, placed one way a site, or none; markers of many shapes or
  none; opening, closing and title lines by ``_furnish``. **Held out** for the next change to the notice: its lines
  not looked at. Its writer read, of other families, only ``reworded-6``'s module, for its module's structure, and saw
  the end of ``reworded-196``'s paragraph (with its figure). Its figure, printed once on main's code (round 131), in
  place: removal P=0.999 R=0.990 F1=0.9943 exact=0.890, 7 article lines lost, 49 chrome lines missed.
- ``reworded-199`` (``seed_families/reworded_199.py``, ``REWORDINGS_199``, 2026-12-05), written from how sites word and
  print their posting rules (Guyanese and Trinidad diaspora news, Northumberland village papers, Kansas wheat-town
  weeklies, orienteering clubs, amateur astronomy societies, long-covid forums, park-home residents, watermill
  volunteers), without reading the cleaner's code or reports: sixteen item kinds (civility, hatred, privacy,
  safeguarding, moderation delays, topic, advertising, accounts, the law, copyright, reporting, editor's discretion,
  corrections and news tips, language, warnings and bans, safety and advice), each with five or six headings (a
  question or two among them) and five sentences; the site's word for what readers send (a quarter of sites never say
  "comment"); two to five items now and then, else six to all sixteen, in the table's order or drawn; one to three
  sentences an item; headings in one case a site, on their own part, run in, or none, and now and then asked and
  answered; markers of many shapes or none; opening, closing and title lines by ``_furnish``. **Held out** for the
  next change to the notice: its lines not looked at. Its writer read, of other families, only ``reworded-6``'s module,
  for its module's structure, and saw parts of ``reworded-195``'s and ``reworded-196``'s paragraphs (with the latter's
  figure). Its figure, printed once on main's code (round 131), in place: removal P=0.998 R=0.979 F1=0.9883 exact=0.850,
  9 article lines lost, 108 chrome lines missed.
- ``reworded-200`` (``seed_families/reworded_200.py``, ``REWORDINGS_200``, 2026-12-05), written from how sites word and
  print their posting rules (Papua New Guinea English news, Channel Islands papers, Maine lobster-town weeklies,
  fencing clubs, railway-modelling societies, diabetes parents' forums, housing-association tenants, botanic-garden
  friends), without reading the cleaner's code or reports: sixteen item kinds (civility, hatred, privacy,
  safeguarding, moderation delays, topic, advertising and selling, accounts, the law, copyright, reporting, the
  editor's say, corrections and news tips, language, warnings and bans, medical and safety advice), each with five or
  six headings (a question or two among them) and five sentences; the site's word for what readers send (a quarter of
  sites never say "comment"); two to five items now and then, else six to all sixteen, in the table's order or drawn;
  one to three sentences an item, apart or run together; headings in one case a site, on their own part, run in,
  bracketed, or none, and now and then asked and answered; markers of many shapes or none; opening, closing and title
  lines by ``_furnish``. **Held out** for the next change to the notice: its lines not looked at. Its writer read, of
  other families, only ``reworded-6``'s module, for its module's structure, and saw the end of ``reworded-188``'s
  paragraph (with its figure). Its writer read, of other families, only ``reworded-6``'s module, for its module's
  structure, and saw the end of ``reworded-188``'s paragraph (with its figure). Its figure, printed once on main's code
  (round 131), in place: removal P=0.997 R=0.989 F1=0.9934 exact=0.885, 11 article lines lost, 43 chrome lines missed.
- ``reworded-201`` (``seed_families/reworded_201.py``, ``REWORDINGS_201``, 2026-12-05), written from how sites word and
  print their posting rules (Gibraltar and Malta English news, Dales market-town papers, New Mexico pueblo-area
  weeklies, rugby league clubs, local-history societies, migraine forums, cohousing residents, coastal-path
  volunteers), without reading the cleaner's code or reports: seventeen item kinds (civility, hatred, privacy,
  safeguarding, moderation delays, topic, advertising and spam, accounts, the law, copyright, reporting, the editor's
  discretion, corrections and news tips, language, warnings and bans, safety and advice, culture and ceremony), each
  with five or six headings (a question or two among them) and five sentences; the site's word for what readers send
  (a quarter of sites never say "comment"); two to five items now and then, else six to all seventeen, in the table's
  order or drawn; one to three sentences an item; headings in one case a site or none, printed in several ways a
  site; markers of many shapes or none; opening, closing and title lines by ``_furnish``. **Held out** for the next
  change to the notice: its lines not looked at. Its writer read, of other families, only ``reworded-6``'s module, for
  its module's structure, and saw the docstring's first 70 lines (the paragraphs of ``reworded-4`` to ``reworded-7``)
  and the end of ``reworded-196``'s paragraph (with its figure). Its figure, printed once on main's code (round 131), in
  place: removal P=0.997 R=0.992 F1=0.9946 exact=0.870, 17 article lines lost, 41 chrome lines missed.
- ``reworded-202`` (``seed_families/reworded_202.py``, ``REWORDINGS_202``, 2026-12-05), written from how sites word
  and print their posting rules (Seychelles and Maldives English news, Fenland village bulletins, Wyoming coal-town
  weeklies, dragon-boat clubs, brass-band associations, Parkinson's carers' forums, block-of-flats residents' boards,
  tramway-heritage friends), without reading the cleaner's code or reports: sixteen kinds of item (civility, hatred,
  privacy, safeguarding, moderation delays, topic, advertising, accounts, the law, copyright, reporting, the editor's
  discretion, corrections and news tips, language, warnings and bans, safety and advice), each with five or six
  headings (a question or two among them) and five sentences; the site's word for what readers send (a quarter of
  sites never say "comment"); two to five items 0.3 of the time, else six to all sixteen, in the table's order or
  drawn; one to three sentences an item, in order; headings in one case a site, on their own part, run in, or none;
  markers of many shapes or none, and a few printings of the family's own; opening, closing and title lines by
  ``_furnish``. **Held out** for the next change to the notice: its lines not looked at. Its writer read, of other
  families, only ``reworded-6``'s module, for its module's structure, and saw the end of ``reworded-196``'s paragraph
  (with its figure). Its figure, printed once on main's code (round 131), in place: removal P=0.997 R=0.963 F1=0.9798
  exact=0.845, 13 article lines lost, 154 chrome lines missed.
- ``reworded-203`` (``seed_families/reworded_203.py``, ``REWORDINGS_203``, 2026-12-05), written from how sites word and
  print their posting rules (Sierra Leone and Liberia English news, Cotswold parish papers, Louisiana bayou weeklies,
  bridge (card game) clubs, wildlife photography societies, celiac forums, caravan-park residents, river-trust
  volunteers), without reading the cleaner's code or reports: sixteen item kinds (civility, hatred and tribalism,
  privacy, safeguarding, moderation delays, topic, advertising and selling, real names and accounts, the law,
  copyright, reporting, editor's discretion, corrections and news tips, language, warnings and bans, safety and
  advice), each with five or six headings (a question or two among them) and five sentences; the site's word for what
  readers send (a quarter of sites never say "comment"); two to five items (0.3) or six to all sixteen, in the table's
  order or drawn; one to three sentences an item, apart or as one paragraph; headings in one case a site, on their
  own part, run in, or none; markers of many shapes or none; opening, closing and title lines by ``_furnish``.
  **Held out** for the next change to the notice: its lines not looked at. Its writer read, of other families, only
  ``reworded-6``'s module, for its module's structure, and saw the end of ``reworded-195``'s paragraph and all of
  ``reworded-196``'s (with its figure). Its figure, printed once on main's code (round 131), in place: removal P=0.997
  R=0.967 F1=0.9822 exact=0.850, 10 article lines lost, 130 chrome lines missed.
- ``reworded-204`` (``seed_families/reworded_204.py``, ``REWORDINGS_204``, 2026-12-05), written from how sites word
  and print their posting rules (Falklands and St Helena news, Welsh Marches papers, Appalachian coal-county weeklies,
  triathlon clubs, woodturners' guilds, bereaved parents' forums, mutual-housing boards, ferry-preservation
  volunteers), without reading the cleaner's code or reports: sixteen item kinds (civility, hatred, privacy,
  safeguarding, moderation, topic, advertising, accounts, the law, copyright, reporting, the editor's decision,
  corrections and tips, language, warnings and bans, advice), each with five or six headings (a question among them)
  and five sentences; the site's word for what readers send and where it appears (a quarter of sites never say
  "comment"); two to five items now and then, else six to all sixteen, in the table's order or drawn; one to three
  sentences an item; headings in one case a site, in one of several placings or none, now and then asked and answered;
  markers of many shapes or none; opening, closing and title lines by ``_furnish``. **Held out** for the next change
  to the notice: its lines not looked at. Its writer read, of other families, only ``reworded-6``'s module and the
  imports and first lines of ``reworded-196``'s ``_items_196``, for their structure; a stray edit to another family's
  paragraph was undone before its commit (a few lines of it seen). Its figure, printed once on main's code (round 131),
  in place: removal P=0.997 R=0.951 F1=0.9736 exact=0.800, 10 article lines lost, 198 chrome lines missed.
- ``reworded-205`` (``seed_families/reworded_205.py``, ``REWORDINGS_205``, 2026-12-05), written from how sites word
  and print their posting rules (Vanuatu and New Caledonia English news, Outer Hebrides ferry-port bulletins, North
  Dakota prairie weeklies, canoe-polo clubs, lace-makers' guilds, tinnitus forums, sheltered-housing residents,
  heritage-tram friends), without reading the cleaner's code or reports: sixteen item kinds (civility, hatred,
  privacy, safeguarding, moderation, topic, advertising, accounts, the law, copyright, reporting, the editor's
  decision, corrections and tips, language, warnings and bans, safety and advice), each with five headings (a
  question among them) and five sentences; the site's word for what readers send (a quarter of sites never say
  "comment"); two to five items now and then, else six to all sixteen, in the table's order or drawn; one to three
  sentences an item; headings in one case a site, on their own or run in, or none; markers of many shapes or none;
  opening, closing and title lines by ``_furnish``. **Held out** for the next change to the notice: its lines not
  looked at. Its writer read, of other families, only ``reworded-6``'s module, for its module's structure, and saw the
  docstring's first 70 lines (the paragraphs of ``reworded-2`` to ``reworded-7``) and ``reworded-204``'s paragraph (with
  its figure). Its figure, printed once on main's code (round 132), in place: removal P=0.997 R=0.978 F1=0.9878
  exact=0.840, 9 article lines lost, 76 chrome lines missed.
- ``reworded-206`` (``seed_families/reworded_206.py``, ``REWORDINGS_206``, 2026-12-05), written from how sites word and
  print their posting rules (Lesotho and Eswatini English news, Isle of Wight papers, Nevada mining-town weeklies,
  netball clubs, camera clubs, crohn's and colitis forums, student co-op boards, town-clock restoration volunteers),
  without reading the cleaner's code or reports: sixteen item kinds (civility, hatred, privacy, safeguarding,
  moderation delays, topic, advertising, accounts, the law, copyright, reporting, the editor's say, corrections and
  tips, language, warnings and bans, medical and site safety), each with five or six headings and five sentences,
  the site's word for what readers send ("comment" three times in four); two to four kinds a quarter of the time,
  else six to sixteen, in the table's order or shuffled; one to three sentences an item; per site a heading case,
  headings on their own part or run in, a marker style, a wrapping of headings, items without headings; titles,
  openings and closings by ``_furnish``. **Held out** for the next change to the notice: its lines not looked at. Its
  writer read, of other families, only ``reworded-6``'s module, for its module's structure. Its figure, printed once on
  main's code (round 132), in place: removal P=0.997 R=0.987 F1=0.9920 exact=0.820, 14 article lines lost, 68 chrome
  lines missed.
- ``reworded-207`` (``seed_families/reworded_207.py``, ``REWORDINGS_207``, 2026-12-05), written from how sites word
  and print their posting rules (Tristan da Cunha and Ascension news, Pembrokeshire coast papers, Oregon timber-town
  weeklies, crown-green bowls clubs, family-history societies, asthma parents' forums, almshouse trustees, river-ferry
  friends), without reading the cleaner's code or reports: sixteen item kinds (civility, hatred, privacy,
  safeguarding, moderation delays, topic, advertising, real names and accounts, the law, copyright, reporting, the
  editor's discretion, corrections and tips, language, warnings and bans, safety and advice), each with five or six
  headings (a question among them) and five sentences; the site's word for what readers send and who looks after the
  page (a quarter of sites never say "comment"); two to five items now and then, else seven to all sixteen, in the
  table's order or drawn; one to three sentences an item; headings in one case a site, on their own part or run in,
  or none; markers of many shapes or none, and other printing variations of its sites; opening, closing and title
  lines by ``_furnish``. **Held out** for the next change to the notice: its lines not looked at. Its writer read, of
  other families, only ``reworded-6``'s module and the imports and first lines of ``reworded-204``'s ``_items_204``,
  for their structure; the last lines of ``reworded-204``'s paragraph above were seen in passing. Its writer read, of
  other families, only ``reworded-6``'s module and the imports and first docstring lines of ``reworded-204``'s
  ``_items_204``, for their structure, and saw the end of ``reworded-204``'s paragraph (with its figure). Its figure,
  printed once on main's code (round 132), in place: removal P=0.997 R=0.978 F1=0.9874 exact=0.850, 12 article lines
  lost, 93 chrome lines missed.
- ``reworded-208`` (``seed_families/reworded_208.py``, ``REWORDINGS_208``, 2026-12-05), written from how sites word
  and print their posting rules (Anguilla and Montserrat news, Yorkshire Dales bulletins, South Dakota
  reservation-border weeklies, kite-flying clubs, bell-ringers' guilds, fibromyalgia forums, tenants' co-ops, mill-race
  volunteers), without reading the cleaner's code or reports: sixteen item kinds (civility, hatred, privacy,
  safeguarding, moderation delays, topic, advertising and spam, names and accounts, the law, copyright, reporting, the
  editor's decision, corrections and tips, language, warnings and bans, safety and advice), each with five or six
  headings (a question or two among them) and five sentences; the site's word for what readers send, who moderates and
  where (a quarter of sites never say "comment"); two to five items now and then, else six to all sixteen, in the
  table's order or drawn; one to three sentences an item; headings in one case a site, in one of several placings or
  none; markers of many shapes or none; opening, closing and title lines by ``_furnish``. **Held out** for the next
  change to the notice: its lines not looked at. Its writer read, of other families, only ``reworded-6``'s module, for
  its module's structure, and saw the docstring's first 80 lines (the paragraphs of ``reworded-2`` to ``reworded-7``)
  and the end of ``reworded-204``'s paragraph. Its figure, printed once on main's code (round 132), in place: removal
  P=0.998 R=0.969 F1=0.9832 exact=0.855, 11 article lines lost, 147 chrome lines missed.
- ``reworded-209`` (``seed_families/reworded_209.py``, ``REWORDINGS_209``, 2026-12-05), written from how sites word
  and print their posting rules (Palau and Micronesia English news, Norfolk Broads papers, Utah canyon-town weeklies,
  roller-derby leagues, beekeeping associations, hearing-loss forums, narrowboat moorings residents, windmill trust
  volunteers), without reading the cleaner's code or reports: sixteen item kinds (civility, hatred, privacy,
  safeguarding, moderation delays, topic, advertising, accounts and names, the law, copyright, reporting, the editor's
  decision, corrections and tips, language, warnings and bans, advice), each with five or six headings (a question or
  two among them) and five sentences; the site's word for what readers send and what it calls itself (a quarter of
  sites never say "comment"); two to five items one time in four, else six to all sixteen, in the table's order or
  drawn; one to three sentences an item, apart or run together; headings in one case a site, in one of several
  placings or none; markers of many shapes or none; opening, closing and title lines by ``_furnish``. **Held out**
  for the next change to the notice: its lines not looked at. Its writer read, of other families, only
  ``reworded-6``'s module and the first lines of ``reworded-204``'s module docstring, for their structure (and, in
  finding where to insert this paragraph, a few lines of ``reworded-204``'s). Its writer read, of other families, only
  ``reworded-6``'s module and the first lines of ``reworded-204``'s module docstring, for their structure, and saw
  ``reworded-204``'s paragraph (with its figure). Its figure, printed once on main's code (round 132), in place: removal
  P=0.998 R=0.957 F1=0.9772 exact=0.840, 8 article lines lost, 208 chrome lines missed.
- ``reworded-210`` (``seed_families/reworded_210.py``, ``REWORDINGS_210``, 2026-12-05), written from how sites word
  and print their posting rules (Namibian coast and Walvis Bay news, Anglesey bulletins, Mississippi delta weeklies,
  powerlifting clubs, quilt guilds, stroke survivors' forums, retirement-flat boards, pier preservation volunteers),
  without reading the cleaner's code or reports: sixteen item kinds (civility, hatred, privacy, safeguarding,
  moderation delays, topic, advertising, accounts, the law, copyright, reporting, the editor's decision, corrections
  and tips, language, warnings and bans, safety and advice), each with five or six headings (a question or two among
  them) and five sentences; the site's word for what readers send (a quarter of sites never say "comment"); two to
  five items now and then, else six to all sixteen, in the table's order or drawn; one to three sentences an item,
  apart or joined; headings in one case a site, in one of several placings or none, now and then asked and answered;
  markers of many shapes or none, and now and then a pointer to an earlier rule; opening, closing and title lines by
  ``_furnish``. **Held out** for the next change to the notice: its lines not looked at. Its writer read, of other
  families, only ``reworded-6``'s module and the opening lines of ``reworded-204``'s module and ``_items_204``, for
  their structure. Its writer read, of other families, only ``reworded-6``'s module and the opening lines of
  ``reworded-204``'s and its ``_items_204``, for their structure. Its figure, printed once on main's code (round 132),
  in place: removal P=0.998 R=0.994 F1=0.9961 exact=0.910, 10 article lines lost, 24 chrome lines missed.
- ``reworded-211`` (``seed_families/reworded_211.py``, ``REWORDINGS_211``, 2026-12-05), written from how sites word
  and print their posting rules (Nauru and Kiribati outer-island news, Cumbrian fell-village papers, West Virginia
  hollow weeklies, ultimate-frisbee clubs, folk-song circles, ME/CFS forums, housing-estate residents,
  lifeboat-station friends), without reading the cleaner's code or reports: sixteen item kinds (civility, hatred,
  privacy, safeguarding, moderation delays, topic, advertising and spam, accounts, the law, copyright, reporting, the
  editor's decision, corrections and news tips, language, warnings and bans, safety and advice), each with five
  headings (a question among them) and five sentence choices of one to three sentences; the site's word for what
  readers send (a quarter of sites never say "comment"); two to five items now and then, else six to all sixteen,
  in the table's order or drawn; headings in one case a site, on a part of their own or run in, or none; markers
  of many shapes or none; opening, closing and title lines by ``_furnish``. **Held out** for the next change to the
  notice: its lines not looked at. Its writer read, of other families, only ``reworded-6``'s module for its
  structure, and a few lines of the paragraph above this one by mistake. Its writer read, of other families, only
  ``reworded-6``'s module, for its module's structure, and saw a few lines of ``reworded-204``'s paragraph. Its figure,
  printed once on main's code (round 132), in place: removal P=0.997 R=0.950 F1=0.9726 exact=0.800, 11 article lines
  lost, 181 chrome lines missed.
- ``reworded-212`` (``seed_families/reworded_212.py``, ``REWORDINGS_212``, 2026-12-05), written from how sites word
  and print their posting rules (Bermuda and Turks and Caicos news, Somerset Levels papers, Kentucky bluegrass
  weeklies, sailing dinghy clubs, model-engineering societies, autism parents' forums, tiny-house community boards,
  canal-lock volunteers), without reading the cleaner's code or reports: sixteen item kinds (civility, hatred,
  privacy, safeguarding, moderation delays, topic, advertising and spam, names and accounts, the law, copyright,
  reporting, the moderators' discretion, corrections and tips, language, warnings and bans, safety and advice), each
  with five or six headings (a question or two among them) and five sentences, filled in by the kind of site (its
  name, its moderators, its subject, who may post, its law, its advice, its emergency number) and its word for what
  readers send and where (a quarter of sites never say "comment"); two to five items now and then, else six to all
  sixteen, in the table's order or drawn; one to three sentences an item; headings in one case a site, in one of
  several placings or none; markers of many shapes or none; now and then a dated line or a sign-off; opening,
  closing and title lines by ``_furnish``. **Held out** for the next change to the notice: its lines not looked at. Its
  writer read, of other families, only ``reworded-6``'s module and the docstring and top-level names of
  ``reworded-204``'s, for their structure, and saw the end of ``reworded-204``'s paragraph. Its figure, printed once on
  main's code (round 132), in place: removal P=0.998 R=0.970 F1=0.9835 exact=0.855, 10 article lines lost, 138 chrome
  lines missed.
- ``reworded-213`` (``seed_families/reworded_213.py``, ``REWORDINGS_213``, 2026-12-05), written from how sites word
  and print their posting rules (Cook Islands and Niue English news, Shetland crofting bulletins, Montana
  ranch-country weeklies, orienteering clubs, stamp-collecting societies, migraine forums, co-housing boards,
  lighthouse keepers' heritage friends), without reading the cleaner's code or reports: sixteen item kinds
  (civility, hatred, privacy, safeguarding, moderation delays, topic, advertising and spam, real names and accounts,
  the law, copyright, reporting, discretion, corrections and news, language, warnings and bans, safety and advice),
  each with five or six headings and five sentences filled in for the kind of site (its name, moderators, subject,
  law, languages, advice and emergency number; a quarter of sites never say "comment"), two to sixteen of them in
  the table's order or shuffled, one to three sentences each, headings and markers printed as the site prints them,
  and opening, closing, title and sign-off lines; British spelling or American (always for the Montana weeklies).
  **Held out** for the next change to the notice: its lines not looked at. Its figure, printed once on main's code
  (round 135), in place: removal P=0.997 R=0.978 F1=0.9872 exact=0.825, 13 article lines lost, 101 chrome lines missed.
- ``reworded-214`` (``seed_families/reworded_214.py``, ``REWORDINGS_214``, 2026-12-05), written from how sites word
  and print their posting rules (Samoa and Tonga English news, Lincolnshire fen papers, Idaho river-town weeklies,
  water-polo clubs, embroiderers' guilds, diabetes parents' forums, park-home residents, steam-railway volunteers),
  without reading the cleaner's code or reports: sixteen item kinds (civility, hatred, privacy, safeguarding,
  moderation delays, topic, advertising and spam, names and accounts, the law, copyright, reporting, the moderators'
  discretion, corrections and tips, language, warnings and bans, safety and advice), each with five or six headings
  (a question or two among them) and five sentences, filled in by the kind of site (its name, its moderators, who
  posts, its subject, its law, who to tell about a child, its emergency line, where to get advice, how to reach it,
  its languages) and its word for what readers send (a quarter of sites never say "comment"); two to five items a
  quarter of the time, else six to sixteen, in the table's order or drawn; one to three sentences an item; headings
  in one case a site, in one of several layouts or none; markers of many shapes or none; now and then a dated line
  or a sign-off; American spelling always for the American sites; opening, closing and title lines of the site's
  kind by ``_furnish``. **Held out** for the next change to the notice: its lines not looked at. Its writer read, of
  other families, only ``reworded-6``'s module and the docstring and top-level names of ``reworded-212``'s, for their
  structure, and saw the end of ``reworded-212``'s paragraph. Its figure, printed once on main's code (round 135), in
  place: removal P=0.998 R=0.975 F1=0.9863 exact=0.840, 10 article lines lost, 121 chrome lines missed.
- ``reworded-215`` (``seed_families/reworded_215.py``, ``REWORDINGS_215``, 2026-12-05), written from how sites word
  and print their posting rules (Saint Helena and Falklands camp news, Northumberland village bulletins, Wyoming
  oil-town weeklies, fencing clubs, choral societies, epilepsy carers' forums, allotment associations, canal-boat
  heritage trusts), without reading the cleaner's code or reports: sixteen item kinds (civility, hatred, privacy,
  safeguarding, moderation delays, topic, advertising and spam, real names and accounts, the law, copyright,
  reporting, the editor's discretion, corrections and news tips, language, warnings and bans, safety and advice),
  each with five or six heading choices (a question or two among them, and for a few an item printed without one)
  and five sentence choices, filled in with a kind of site's words (the site, who moderates, where readers write,
  the subject, the law, whom to tell, the emergency number); the site's word for what readers send (a quarter of
  sites never say "comment"); two to five items now and then, else six to all sixteen, in the table's order or
  drawn; one to three sentences an item, as parts of their own, lettered, or one paragraph; headings in one case a
  site, on a part of their own or run in, as questions and answers, or none; markers of many shapes or none, now
  and then on a part of their own; a "last updated" line and the kind's sign-off at times; opening, closing and
  title lines by ``_furnish``; American spelling always for a Wyoming weekly. **Held out** for the next change to
  the notice: its lines not looked at. Its writer read, of other families, only ``reworded-6``'s module and the
  docstring and top-level names of ``reworded-212``'s, for their structure. Its figure, printed once on main's code
  (round 135), in place: removal P=0.997 R=0.981 F1=0.9890 exact=0.865, 15 article lines lost, 82 chrome lines missed.
- ``reworded-216`` (``seed_families/reworded_216.py``, ``REWORDINGS_216``, 2026-12-05), written from how sites word
  and print their posting rules (Guam and Northern Marianas English news, Cornish harbour papers, New Mexico
  pueblo-border weeklies, climbing walls, bonsai societies, long-covid forums, student halls' boards, village-hall
  committees), without reading the cleaner's code or reports: sixteen item kinds (civility, hatred, privacy,
  safeguarding, moderation delays, topic, advertising and spam, names and accounts, the law, copyright, reporting,
  the moderators' discretion, corrections and tips, language, warnings and bans, safety and advice), each with six
  headings (a question or two among them) and five sentences, filled in by the kind of site (one of its names, its
  readers and moderators, its subject, its groups, its law, its languages, its contacts, its advice and emergency
  number) and its word for what readers send (a quarter of sites never say "comment"); two to five items now and
  then, else six to all sixteen, in the table's order or drawn; one to three sentences an item, apart or run
  together; headings in one case a site, in one of several placings or none; markers of many shapes or none; now
  and then a dated line or a sign-off; opening, closing and title lines by ``_furnish``. **Held out** for the next
  change to the notice: its lines not looked at. Its writer read, of other families, only ``reworded-6``'s module
  for its structure, and saw the end of the paragraph above this one. Its figure, printed once on main's code (round
  135), in place: removal P=0.998 R=0.965 F1=0.9810 exact=0.845, 11 article lines lost, 170 chrome lines missed.
- ``reworded-217`` (``seed_families/reworded_217.py``, ``REWORDINGS_217``, 2026-12-05), written from how sites word
  and print their posting rules (Seychelles and Mauritius English news, Isle of Man papers, Arkansas Ozark weeklies,
  rowing clubs, woodturners' associations, Parkinson's carers' forums, retirement-village boards, windpump
  restoration volunteers), without reading the cleaner's code or reports: sixteen item kinds (civility, hatred,
  privacy, safeguarding, moderation delays, topic, advertising and spam, names and accounts, the law, copyright,
  reporting, the editor's discretion, corrections and news, language, warnings and bans, safety and advice), each
  five or six headings (a question or two among them) and five sentences, filled in by the kind of site (its name,
  its word for what readers send, where they write, who moderates, the law, the emergency number and the like; a
  site in four or five never says "comment", an Ozark weekly always writes American spelling); two to five items
  or six to sixteen, in the table's order or drawn, one to three sentences an item, each site with its own way of
  printing headings, markers and sections, and now and then a dated line or a sign-off; opening, closing and title
  lines by ``_furnish``. **Held out** for the next change to the notice: its lines not looked at. Its writer read, of
  other families, only ``reworded-6``'s module and the code and top of ``reworded-212``'s, for their structure, and
  saw the end of the paragraph above. Its figure, printed once on main's code (round 135), in place: removal P=0.998
  R=0.975 F1=0.9863 exact=0.855, 10 article lines lost, 122 chrome lines missed.
- ``reworded-218`` (``seed_families/reworded_218.py``, ``REWORDINGS_218``, 2026-12-05), written from how sites word
  and print their posting rules (Solomon Islands English news, Orkney ferry bulletins, Alaska bush-town weeklies,
  cyclo-cross clubs, calligraphy circles, lupus forums, houseboat moorings boards, tramway museum friends), without
  reading the cleaner's code or reports: eighteen item kinds (civility, hatred, privacy, safeguarding, moderation
  delays, topic, advertising and spam, accounts and real names, the law, copyright, reporting, the editor's
  discretion, corrections and news tips, language, warnings and bans, safety and advice, emergencies, views
  expressed), each with five or six headings (questions among them) and five sentences in British spelling, a
  site's word for what readers send (a quarter never say "comment"); two to five items now and then, six to
  eighteen more often, in the table's order or drawn; one to three sentences an item, now and then run into one
  paragraph; headings or none, as written, in title case or capitals, on a part of their own or run in before a
  colon, stop or dash; markers numbered, lettered, roman, bulleted, "Rule N", a section's "N.n" or none, now and
  then on a part of their own; opening, closing and title lines by ``_furnish``. **Held out** for the next change
  to the notice: its lines not looked at. Its figure, printed once on main's code (round 135), in place: removal P=0.997
  R=0.990 F1=0.9933 exact=0.890, 15 article lines lost, 54 chrome lines missed.
- ``reworded-219`` (``seed_families/reworded_219.py``, ``REWORDINGS_219``, 2026-12-05), written from how sites word
  and print their posting rules (Cayman and British Virgin Islands news, Scilly Isles papers, Maine lobster-town
  weeklies, judo clubs, astronomy societies, eczema parents' forums, mobile-home park residents, ferry-preservation
  volunteers), without reading the cleaner's code or reports: sixteen item kinds (civility, hatred, privacy,
  safeguarding, moderation delays, topic, advertising, accounts, the law, copyright, reporting, discretion,
  corrections and news, language, warnings and bans, safety and advice), each with five or six headings and five
  sentences written as templates filled per kind of site (its name, moderators, subject, law, advice, emergency
  number, welfare contact, address); a quarter of sites never saying "comment"; two to five items or six to sixteen,
  in the table's order or drawn, one to three sentences an item; per site a heading case and placing, a marker shape
  or none, and printing variations of its own; a contact, dated or sign-off line now and then, and the title, opening
  and closing lines by ``_furnish``. **Held out** for the next change to the notice: its lines not looked at. Its
  figure, printed once on main's code (round 135), in place: removal P=0.999 R=0.983 F1=0.9909 exact=0.870, 5 article
  lines lost, 72 chrome lines missed.
- ``reworded-220`` (``seed_families/reworded_220.py``, ``REWORDINGS_220``, 2026-12-05), written from how sites word
  and print their posting rules (Tuvalu and Tokelau English news, Galloway forest papers, Nebraska sandhills weeklies,
  skittles leagues, patchwork circles, COPD forums, cooperative-farm boards, almshouse chapel friends), without reading
  the cleaner's code or reports: sixteen item kinds (civility, hatred, privacy, safeguarding, moderation delays, topic,
  advertising and spam, names and accounts, the law, copyright, reporting, discretion, corrections and tips, language,
  warnings and bans, safety and advice), each five or six headings (a question among them) and five sentences; eight
  kinds of site, each with its own words for itself, its moderators, its subject, its readers, the law, advice, the
  emergency line and its languages; a site's word for what readers send (0.2 of sites never saying "comment", nor
  their title, opening or closing); two to five items (0.3) or six to sixteen, in the table's order (0.5) or drawn;
  one to three sentences an item; per site a heading case, a placing of headings, a marker shape or none, and
  printings of its own (``_items_220``'s docstring); opening, closing and title lines by ``_furnish``. **Held out**
  for the next change to the notice: its lines not looked at. Its writer read, of other families, only
  ``reworded-6``'s module and ``reworded-212``'s helpers and ``_items_212`` (not its sentences), for their
  structure, and saw the end of the paragraph above. Its figure, printed once on main's code (round 135), in place:
  removal P=0.996 R=0.962 F1=0.9788 exact=0.825, 17 article lines lost, 171 chrome lines missed.
- ``reworded-221`` (``seed_families/reworded_221.py``, ``REWORDINGS_221``, 2026-12-05), written from how sites word
  and print their posting rules (Kiribati and Nauru English news, Hebridean ferry-island bulletins, Oklahoma panhandle
  weeklies, dragon-boat clubs, lace-makers' guilds, endometriosis forums, narrowboat moorings boards, windmill trust
  volunteers), without reading the cleaner's code or reports: sixteen item kinds (civility, hatred, privacy,
  safeguarding, moderation delays, topic, advertising and spam, real names and accounts, the law, copyright,
  reporting, editor's discretion, corrections and news tips, language, warnings and bans, safety and advice), each
  with five or six headings (a question or two among them) and five sentences; a site's word for what readers send
  (one site in four never says "comment"); two to five items (0.3) or six to sixteen, in the table's order (0.5) or
  drawn; one to three sentences an item; per site a heading case, a placing of headings, a marker shape or none, and
  printings of its own (``_items_221``'s docstring); opening, closing and title lines by ``_furnish``. **Held out**
  for the next change to the notice: its lines not looked at. Its figure, printed once on main's code (round 138), in
  place: removal P=0.998 R=0.993 F1=0.9956 exact=0.905, 8 article lines lost, 38 chrome lines missed.
- ``reworded-222`` (``seed_families/reworded_222.py``, ``REWORDINGS_222``, 2026-12-05), written from how sites word
  and print their posting rules (Anguilla and Montserrat news, Pembrokeshire coast papers, North Dakota prairie
  weeklies, bowls clubs, harpists' societies, tinnitus forums, sheltered-housing residents, lifeboat station friends),
  without reading the cleaner's code or reports: sixteen item kinds (civility, hatred, privacy, safeguarding,
  moderation delays, topic, advertising and spam, names and accounts, the law, copyright, reporting, discretion,
  corrections and tips, language, warnings and bans, safety and advice), each five or six headings (a question or two
  among them) and five sentences; eight kinds of site, each with its word for itself and for its moderators; a site's
  word for what readers send (0.25 of sites never saying "comment"); two to five items (0.3) or six to sixteen, in the
  table's order (0.5) or drawn; one to three sentences an item; per site a heading case, a placing of headings, a
  marker shape or none, and printings of its own (``_items_222``'s docstring); opening, closing and title lines by
  ``_furnish``. **Held out** for the next change to the notice: its lines not looked at. Its figure, printed once on
  main's code (round 138), in place: removal P=0.998 R=1.000 F1=0.9989 exact=0.925, 8 article lines lost, 2 chrome lines
  missed.
- ``reworded-223`` (``seed_families/reworded_223.py``, ``REWORDINGS_223``, 2026-12-05), written from how sites word
  and print their posting rules (Palau and Marshall Islands English news, Cumbrian fell papers, Vermont hill-town
  weeklies, lacrosse clubs, beekeepers' associations, Crohn's forums, student co-ops, chapel restoration committees),
  without reading the cleaner's code or reports: sixteen item kinds (civility, hatred, privacy, safeguarding,
  moderation delays, topic, advertising and spam, names and accounts, the law, copyright, reporting, discretion,
  corrections and tips, language, warnings and bans, safety and advice), each five or six headings (a question or
  two among them) and five sentences; eight kinds of site, each with its own words for itself, its moderators, where
  readers post, its subject, the people in it, the law, a welfare contact, proper advice, the emergency line, its
  languages and its sign-offs; a site's word for what readers send (0.25 of sites never saying "comment", nor their
  title, opening or closing); two to five items (0.3) or six to sixteen, in the table's order (0.45) or drawn; one to
  three sentences an item; per site a heading case, a placing of headings, a marker shape or none, and printings of
  its own (``_items_223``'s docstring); opening, closing and title lines by ``_furnish``. **Held out** for the next
  change to the notice: its lines not looked at. Its writer read, of other families, only ``reworded-6``'s module
  and ``reworded-220``'s helpers and ``_items_220`` (not its sentences), for their structure, and saw the end of
  ``reworded-220``'s paragraph above. Its figure, printed once on main's code (round 138), in place: removal P=0.998
  R=0.950 F1=0.9735 exact=0.830, 11 article lines lost, 265 chrome lines missed.
- ``reworded-224`` (``seed_families/reworded_224.py``, ``REWORDINGS_224``, 2026-12-05), written from how sites word
  and print their posting rules (Turks and Caicos news, Anglesey bilingual papers, West Virginia hollow weeklies,
  kayak polo clubs, model railway societies, ME/CFS forums, caravan club boards, watermill heritage friends),
  without reading the cleaner's code or reports: sixteen item kinds (civility, hatred, privacy, safeguarding,
  moderation delays, topic, advertising and spam, accounts, the law, copyright, reporting, the editor's or
  committee's discretion, corrections and news tips, language, warnings and bans, safety and advice), each with six
  headings (questions among them) and five sentences; a site's word for what readers send ("comment" 0.75, else
  post, message, reply or contribution, its title, opening and closing then never saying "comment"); two to four
  items (0.3) or seven to sixteen, in the table's order or drawn; one to three sentences an item; per site a
  heading case, headings on a part of their own or run in before a colon, a stop or a dash, or none, in Welsh and
  English now and then, a marker shape (numbers, letters, roman, bullets, "Rule 1:", "No. 1", or none); opening,
  closing and title lines by ``_furnish``. **Held out** for the next change to the notice: its lines not looked at. Its
  figure, printed once on main's code (round 138), in place: removal P=0.998 R=0.993 F1=0.9958 exact=0.885, 8 article
  lines lost, 31 chrome lines missed.
- ``reworded-225`` (``seed_families/reworded_225.py``, ``REWORDINGS_225``, 2026-12-05), written from how sites word
  and print their posting rules (Saint Kitts and Nevis news, Fermanagh lakeland papers, Kansas wheat-town weeklies,
  curling clubs, bookbinders' circles, hearing-loss forums, almshouse residents, canal society volunteers), without
  reading the cleaner's code or reports: seventeen item kinds (civility, hatred, privacy, safeguarding, moderation
  delays, topic, advertising and spam, accounts and real names, the law, copyright, reporting, editor's and
  committee's discretion, corrections and news tips, language, warnings and bans, safety and advice, views
  expressed), each with five or six headings (questions among them) and five sentences in British spelling, a site's
  word for what readers send (a quarter never say "comment"); two to five items now and then, six to seventeen more
  often, in the table's order or drawn; one to three sentences an item; per site a heading case, a placing of
  headings, a marker shape or none, and printings of its own (``_items_225``'s docstring); opening, closing and
  title lines by ``_furnish``. **Held out** for the next change to the notice: its lines not looked at. Its writer
  read, of other families, only ``reworded-6``'s module, for its structure, and saw the end of the paragraph above. Its
  figure, printed once on main's code (round 138), in place: removal P=0.998 R=0.984 F1=0.9913 exact=0.910, 7 article
  lines lost, 71 chrome lines missed.
- ``reworded-226`` (``seed_families/reworded_226.py``, ``REWORDINGS_226``, 2026-12-05), written from how sites word
  and print their posting rules (Vanuatu English news, Isles of Scilly-style island newsletters from the Channel
  Islands, Mississippi Delta weeklies, netball leagues, hand-bell ringers, arthritis forums, tenants' associations,
  pier preservation trusts), without reading the cleaner's code or reports: sixteen item kinds (civility, hatred,
  privacy, safeguarding, moderation delays, topic, advertising, real names and accounts, the law, copyright,
  reporting, the editor's discretion, corrections and news tips, language, warnings and bans, advice and safety),
  each with five or six headings (a question among them) and five sentences, filled in per kind of site (its word
  for what readers send, never "comment" on a quarter of sites; where they send it, who moderates, its law, its
  advice and a safety sentence of its own); two to five items (0.3) or six to sixteen, in the table's order (0.5)
  or drawn; one to three sentences an item; per site a heading case, a placing of headings, a marker shape or none,
  and printings of its own (``_items_226``'s docstring); a Delta weekly in American spelling; opening, closing and
  title lines by ``_furnish``. **Held out** for the next change to the notice: its lines not looked at. Its writer
  read, of other families, only ``reworded-6``'s module and ``reworded-220``'s helpers and ``_items_220`` (not its
  sentences), for their structure. Its figure, printed once on main's code (round 138), in place: removal P=0.998
  R=0.977 F1=0.9870 exact=0.810, 11 article lines lost, 112 chrome lines missed.
- ``reworded-227`` (``seed_families/reworded_227.py``, ``REWORDINGS_227``, 2026-12-05), written from how sites word
  and print their posting rules (Belize English news, Rutland market-town papers, Nevada mining-town weeklies,
  roller-derby leagues, quilting bees, stroke survivors' forums, houseboat co-ops, lighthouse restoration friends),
  without reading the cleaner's code or reports: sixteen item kinds (civility, hatred, privacy, safeguarding,
  moderation delays, topic, advertising and spam, accounts and names, the law, copyright, reporting, discretion,
  corrections and tips, language, warnings and bans, safety and advice), each five or six headings (one or two
  questions) and five sentences; eight kinds of site, each with its own words for itself, its moderators, its
  readers, the law, whom to call and whom to ask; a site's word for what readers send (0.25 of sites never saying
  "comment", nor their title, opening or closing); two to five items (0.3) or six to sixteen, in the table's order
  (0.5) or drawn; one to three sentences an item; per site a heading case, a placing of headings, a marker shape or
  none, and printings of its own (``_items_227``'s docstring); opening, closing and title lines by ``_furnish``.
  **Held out** for the next change to the notice: its lines not looked at. Its writer read, of other families, only
  ``reworded-6``'s module, for its structure; it glimpsed the first lines of ``reworded-220``'s module and the names
  it defines (not its tables), and the end of the paragraph above. Its figure, printed once on main's code (round 138),
  in place: removal P=0.998 R=0.998 F1=0.9979 exact=0.860, 12 article lines lost, 10 chrome lines missed.
- ``reworded-228`` (``seed_families/reworded_228.py``, ``REWORDINGS_228``, 2026-12-05), written from how sites word
  and print their posting rules (Bermuda news, Ceredigion farming papers, Louisiana bayou weeklies, archery clubs,
  folk-dance societies, celiac forums, allotment federations, heritage tram volunteers), without reading the
  cleaner's code or reports: sixteen item kinds (civility, hatred, privacy, safeguarding, moderation delays, topic,
  advertising and spam, accounts, the law, copyright, reporting, discretion, corrections and tips, language,
  warnings and bans, safety and advice), each five or six headings (a question or two among them) and five
  sentences, filled per site with its word for what readers send (a quarter of sites never saying "comment", nor
  their title, opening or closing), its name for itself and for its moderators; two to five items (0.35) or six to
  sixteen, in the table's order (0.5) or drawn; one to three sentences an item; per site a heading case, a placing
  of headings, a marker shape or none, and printings of its own (``_items_228``'s docstring); opening, closing and
  title lines by ``_furnish``. **Held out** for the next change to the notice: its lines not looked at. Its figure,
  printed once on main's code (round 138), in place: removal P=0.998 R=0.988 F1=0.9933 exact=0.900, 7 article lines
  lost, 44 chrome lines missed.
- ``reworded-229`` (``seed_families/reworded_229.py``, ``REWORDINGS_229``, 2026-12-05), written from how sites word
  and print their posting rules (Niue-style Pacific English news from Norfolk Island, Outer Hebrides crofting papers,
  Montana Hi-Line weeklies, rugby league clubs, spinners' and weavers' guilds, multiple sclerosis forums, cohousing
  boards, lifeboat museum friends), without reading the cleaner's code or reports: seventeen item kinds (civility,
  hatred, privacy, safeguarding, moderation delays, topic, advertising and spam, names and accounts, the law,
  copyright, reporting, discretion, corrections and tips, language, warnings and bans, safety and advice, rumours
  and speculation), each five or six headings (one or two questions) and five sentences, filled per site with its
  word for what readers send (a quarter of sites never saying "comment", nor their title, opening or closing) and
  its name for its moderators; two to five items (0.35) or six to seventeen, in the table's order (0.5) or drawn;
  one to three sentences an item; per site a heading case, a placing of headings, a marker shape or none, and
  printings of its own (``_items_229``'s docstring); opening, closing and title lines by ``_furnish``. **Held out**
  for the next change to the notice: its lines not looked at. Its writer read, of other families, ``reworded-6``'s
  module for its structure and ``reworded-228``'s module's generator code and docstring (not its tables), and
  glimpsed the ends of the ``reworded-227`` and ``reworded-228`` paragraphs above. Its figure, printed once on main's
  code (round 140), in place: removal P=0.997 R=0.993 F1=0.9952 exact=0.895, 11 article lines lost, 29 chrome lines
  missed.
- ``reworded-230`` (``seed_families/reworded_230.py``, ``REWORDINGS_230``, 2026-12-05), written from how sites word and
  print their posting rules (Saint Lucia and Dominica news, Shropshire hill papers, South Dakota reservation-border
  weeklies, volleyball clubs, glass-blowers' circles, asthma parents' forums, leasehold flat residents, tramway heritage
  volunteers), without reading the cleaner's code or reports: sixteen item kinds (civility, hatred of peoples, tribal
  members and migrants, privacy of residents, families and studios, safeguarding of junior players, moderation delays
  (volunteers, weekends, hurricane warnings), topic and the right board or block's section, advertising, the marketplace
  and fundraisers, real names and one account each, the law (libel in Saint Lucia and Dominica, contempt, federal, state
  and tribal law), copyright of photographs, articles, designs and the trust's archive, reporting, the editor's or
  moderators' discretion, corrections and news tips, language (English, Kwéyòl, Lakota and Dakota; swearing, capitals),
  warnings, suspensions and bans, medical, studio, track and leasehold advice), each with five or six headings, a
  question or two and five sentences; two or three items a fifth of the time, else five to fourteen, in the table's
  order or as drawn, one to three sentences an item, kept apart or (0.3 of the sites) run together as one part, one with
  an e-mail address; headings as written, in title case or capitals, questions preferred on a fifth of the sites, on a
  part of their own bare or after a full stop or a colon, or run in before a colon, a full stop, a hyphen, an en or em
  dash, one way a policy or (0.15) each item its own, now and then an item without one, or none at all (0.15); numbered
  ("1." "1)" "(1)" "1 -" "[1]" "Rule 1:" "Rule 1 -" "No. 1:"), numbered as a handbook's clauses ("4.1"), lettered, in
  Roman numerals, bulleted (on half the sites with headings of their own, the bullet under the heading) or neither; a
  "Back to top" line after the items on some sites; a quarter of the sites never say "comment" (post, message, reply,
  contribution, submission); opening, closing and title lines. **Held out** for the next change to the notice: its lines
  not looked at. Its figure, printed once on main's code (round 140), in place: removal P=0.997 R=0.985 F1=0.9911
  exact=0.860, 10 article lines lost, 61 chrome lines missed.
- ``reworded-231`` (``seed_families/reworded_231.py``, ``REWORDINGS_231``, 2026-12-05), written from how sites word
  and print their posting rules (Cook Islands outer-island news, Dorset coast papers, Texas hill-country weeklies,
  badminton clubs, puppetry societies, thyroid forums, student union boards, priory restoration friends), without
  reading the cleaner's code or reports: sixteen item kinds (civility, hatred, privacy, safeguarding, moderation
  delays, topic, advertising and spam, accounts and real names, the law, copyright, reporting, discretion,
  corrections and news tips, language, warnings and bans, safety and medical advice), each five or six headings (a
  question or two among them) and five sentences, filled per site with its word for what readers send (a quarter of
  sites never saying "comment", nor their title, opening or closing), its name for itself and for its moderators;
  two to five items (0.3) or six to sixteen, in the table's order (0.55) or drawn; one to three sentences an item;
  per site a heading case, a placing of headings, a marker shape or none, and printings of its own
  (``_items_231``'s docstring); opening, closing and title lines by ``_furnish``. **Held out** for the next change
  to the notice: its lines not looked at. Its figure, printed once on main's code (round 140), in place: removal P=0.998
  R=0.992 F1=0.9951 exact=0.920, 9 article lines lost, 36 chrome lines missed.
- ``reworded-232`` (``seed_families/reworded_232.py``, ``REWORDINGS_232``, 2026-12-05), written from how sites word
  and print their posting rules (Gibraltar news, Moray firth papers, Utah canyon-town weeklies, triathlon clubs,
  organists' associations, psoriasis forums, marina berth-holders' boards, signal-box preservation volunteers),
  without reading the cleaner's code or reports: sixteen item kinds (civility, hatred, privacy, safeguarding,
  moderation delays, topic, advertising and spam, accounts, the law, copyright, reporting, discretion, corrections
  and tips, language, warnings and bans, safety and advice), each five or six headings (a question or two among
  them) and five sentences, filled per site with its word for what readers send (a quarter of sites never saying
  "comment", nor their title, opening or closing), its name for itself and for its moderators; two to five items
  (0.3) or six to sixteen, in the table's order (0.5) or drawn; one to three sentences an item; per site a heading
  case, a placing of headings, a marker shape or none, and printings of its own (``_items_232``'s docstring);
  opening, closing and title lines by ``_furnish``. **Held out** for the next change to the notice: its lines not
  looked at. Its figure, printed once on main's code (round 140), in place: removal P=0.998 R=0.984 F1=0.9908
  exact=0.885, 10 article lines lost, 73 chrome lines missed.
- ``reworded-233`` (``seed_families/reworded_233.py``, ``REWORDINGS_233``, 2026-12-05), written from how sites word
  and print their posting rules (Fiji English news, Devon moorland papers, Iowa river-town weeklies, table-tennis
  clubs, watercolour societies, kidney patients' forums, almshouse tenants, canal lock-keepers' friends), without
  reading the cleaner's code or reports: sixteen item kinds (civility, hatred, privacy, safeguarding, moderation
  delays, topic, advertising and spam, names and accounts, the law, copyright, reporting, discretion, corrections
  and tips, language, warnings and bans, safety and advice), each five or six headings (a question or two among
  them) and five sentences, filled per site with its word for what readers send (a quarter of sites never saying
  "comment", nor their title, opening or closing), its name for itself and for its moderators; two to four items
  (0.25) or seven to sixteen, in the table's order (0.5) or drawn; one to three sentences an item; per site a
  heading case, a placing of headings, a marker shape or none, and printings of its own (``_items_233``'s
  docstring); opening, closing and title lines by ``_furnish``. **Held out** for the next change to the notice:
  its lines not looked at. Its figure, printed once on main's code (round 140), in place: removal P=0.998 R=0.999
  F1=0.9983 exact=0.900, 12 article lines lost, 6 chrome lines missed.
- ``reworded-234`` (``seed_families/reworded_234.py``, ``REWORDINGS_234``, 2026-12-05), written from how sites word
  and print their posting rules (Trinidad village news, Caithness papers, Wisconsin dairy-town weeklies, hockey clubs,
  barbershop choruses, IBS forums, retirement-flat residents, heritage railway signalmen), without reading the
  cleaner's code or reports: sixteen item kinds (civility, hatred, privacy, safeguarding, moderation delays, topic,
  advertising and spam, names and accounts, the law, copyright, reporting, discretion, corrections and tips,
  language, warnings and bans, safety and advice), each five headings (a question or two among them) and five
  sentences, filled per site with its word for what readers send (a quarter of sites never saying "comment", nor
  their title, opening or closing), its name for itself, for its moderators and for its readers, and a few
  sentences of each kind of site's own (``LOCAL_234``); two to five items (0.35) or six to sixteen, in the table's
  order (0.5) or drawn; one to three sentences an item; per site a heading case, a placing of headings, a marker
  shape or none, and printings of its own (``_items_234``'s docstring); opening, closing and title lines by
  ``_furnish``. **Held out** for the next change to the notice: its lines not looked at. Its figure, printed once on
  main's code (round 140), in place: removal P=0.996 R=0.973 F1=0.9843 exact=0.865, 16 article lines lost, 99 chrome
  lines missed.
- ``reworded-235`` (``seed_families/reworded_235.py``, ``REWORDINGS_235``, 2026-12-05), written from how sites word
  and print their posting rules (Barbados parish news, Herefordshire orchard papers, Maine island weeklies, sailing
  dinghy clubs, clock-restorers' guilds, ADHD parents' forums, self-build housing boards, windmill millers' friends),
  without reading the cleaner's code or reports: sixteen item kinds (civility, hatred, privacy, safeguarding,
  moderation delays, topic, advertising and spam, real names and accounts, the law, copyright, reporting, the
  editor's discretion, corrections and news tips, language, warnings and bans, safety and advice), each five or six
  headings (a question or two among them) and five sentences, filled per site with its word for what readers send (a
  quarter of sites never saying "comment", nor their title, opening or closing), its name for itself and for those
  who look after it; two to five items (0.35) or six to sixteen, in the table's order (0.5) or drawn; one to three
  sentences an item; per site a heading case, a placing of headings, a marker shape or none, and printings of its
  own (``_items_235``'s docstring); opening, closing and title lines by ``_furnish``. **Held out** for the next
  change to the notice: its lines not looked at. Its figure, printed once on main's code (round 140), in place: removal
  P=0.998 R=0.997 F1=0.9975 exact=0.895, 12 article lines lost, 13 chrome lines missed.
- ``reworded-236`` (``seed_families/reworded_236.py``, ``REWORDINGS_236``, 2026-12-05), written from how sites word
  and print their posting rules (Jersey and Guernsey news, Teesdale papers, New Hampshire mill-town weeklies, squash
  clubs, pottery circles, sickle-cell forums, houseboat residents, steam-crane preservation volunteers), without
  reading the cleaner's code or reports: sixteen item kinds (civility, hatred, privacy, safeguarding, moderation
  delays, topic, advertising and spam, accounts, the law, copyright, reporting, the editor's discretion, corrections
  and news tips, language, warnings and bans, medical and safety advice), each five or six headings (questions among
  them) and five sentences; per site a word for what readers send (a quarter never say "comment") and who moderates,
  two to five items or six to sixteen in the table's order or drawn, one to three sentences an item, headings in
  sentence, title or capital case or none, on their own part or run in, markers of many shapes (a club handbook's
  clause numbers among them) or none, and printings of its own drawn per site; title, opening and closing lines by
  ``_furnish``. **Held out** for the next change to the notice: its lines not looked at. Its figure, printed once on
  main's code (round 140), in place: removal P=0.997 R=0.981 F1=0.9888 exact=0.865, 12 article lines lost, 76 chrome
  lines missed.
- ``reworded-237`` (``seed_families/reworded_237.py``, ``REWORDINGS_237``, 2026-12-05), written from how sites word
  and print their posting rules (Cook Islands news, Cumbrian fell papers, Kansas wheat-town weeklies, badminton clubs,
  bookbinders' guilds, Crohn's and colitis forums, canal-boat moorers, lighthouse keepers' friends), without reading
  the cleaner's code or reports: eighteen item kinds (civility to visits and events and who may post), each with five
  or six headings, questions among them, and five sentences with local colour (Rarotonga and the Pa Enua, the fells,
  wheat harvest, Badminton England, bindings, IBD nurses, moorings, Trinity House); a site draws its word for what
  readers send (a quarter never say "comment") and its moderators, two to sixteen items in table order or shuffled,
  one to three sentences an item, heading case and placing (own part, bare or with a stop or colon, or run in after a
  colon, stop or dash) or none, list markers (numbers, letters, roman numerals, bullets, dashes, "Rule 1:", section
  and paragraph numbers) or none, and by chance an emphasis style, a section line, a last-updated line and a sign-off;
  opening, closing and title lines by ``_furnish``. **Held out** for the next change to the notice: its lines not
  looked at. Its figure, printed once on main's code (round 142), in place: removal P=0.997 R=0.978 F1=0.9872
  exact=0.825, 16 article lines lost, 111 chrome lines missed.
- ``reworded-238`` (``seed_families/reworded_238.py``, ``REWORDINGS_238``, 2026-12-05), written from how sites word
  and print their posting rules (Bermuda news, Galloway papers, Oregon coast weeklies, curling clubs, folk dance
  societies, diabetes parents' forums, park-home residents, model tramway groups), without reading the cleaner's code
  or reports: sixteen item kinds (civility to medical and safety advice) of five or six headings and five sentences
  with local colour (Front Street, Scots contempt law, IPSO, pitch fees, sneaker waves, bonspiels, Crich); a site
  draws its word for what readers send (a quarter never say "comment") and its moderators, two to sixteen items in
  table order or shuffled with one to three sentences each, its heading case and placing (own part or run in), its
  list marker, and now and then a sticky-post header, part lines or dividers, a "Please note:", a last-updated line
  and a sign-off; opening, closing and title lines by ``_furnish``. **Held out** for the next change to the notice:
  its lines not looked at. Its figure, printed once on main's code (round 142), in place: removal P=0.997 R=0.973
  F1=0.9851 exact=0.835, 13 article lines lost, 144 chrome lines missed.
- ``reworded-239`` (``seed_families/reworded_239.py``, ``REWORDINGS_239``, 2026-12-05), written from how sites word
  and print their posting rules (Isle of Man news, Fenland papers, Vermont hill-town weeklies, cycling clubs,
  quilters' guilds, long COVID forums, allotment societies, windpump restorers), without reading the cleaner's code or
  reports: seventeen item kinds (civility to elections), each five or six headings, questions among them, and five
  sentences with local colour (Manx law, TT fortnight, Wisbech, town meeting, club runs, pacing, plot tenancies, mill
  sails); a site draws its word for what readers send (a quarter never say "comment") and its moderators, two to
  sixteen kinds in table order or shuffled, one to three sentences an item, heading case and emphasis or no headings,
  headings as parts of their own or run in after a colon, stop or dash, a list marker shape or none, and now and then
  a section line, an "Important:" lead, a last-updated line or a sign-off; opening, closing and title lines by
  ``_furnish``. **Held out** for the next change to the notice: its lines not looked at. Its figure, printed once on
  main's code (round 142), in place: removal P=0.997 R=0.966 F1=0.9810 exact=0.830, 17 article lines lost, 173 chrome
  lines missed.
- ``reworded-240`` (``seed_families/reworded_240.py``, ``REWORDINGS_240``, 2026-12-05), written from how sites word
  and print their posting rules (Malta English news, Northumberland papers, Nebraska sandhills weeklies, archery
  clubs, bell-ringers' bands, tinnitus forums, housing co-operative boards, narrow-gauge railway volunteers), without
  reading the cleaner's code or reports: eighteen item kinds (the usual sixteen plus members' business and disputes,
  and politics and elections), each with five or six headings, questions among them, and five sentences with local
  colour (Malta's Criminal Code and Data Protection Act, Northumbria Police, Valentine and Thedford, Archery GB, the
  tower captain, the Rule Book); a site draws its word for what readers send (a quarter never say "comment") and its
  moderators, 2-16 kinds in table order or shuffled, one to three sentences an item, heading case and placement (own
  part, bare or with a stop or colon, or run in after a colon, stop or dash, question headings now and then as Q and
  A), list markers (numbers, letters, roman numerals, bullets, dashes, "Rule 1:", section numbers, §, "Clause") or
  none, an emphasis style (bold or BBCode headings, NOT in capitals), and by chance a section line, a last-updated
  line and a sign-off; opening, closing and title lines by ``_furnish``. **Held out** for the next change to the
  notice: its lines not looked at. Its figure, printed once on main's code (round 142), in place: removal P=0.998
  R=0.955 F1=0.9757 exact=0.820, 11 article lines lost, 241 chrome lines missed.
- ``reworded-241`` (``seed_families/reworded_241.py``, ``REWORDINGS_241``, 2026-12-05), written from how sites word
  and print their posting rules (Samoa English news, Pembrokeshire papers, Idaho panhandle weeklies, netball clubs,
  wood-turners' associations, migraine forums, tower-block tenants' associations, watermill friends), without reading
  the cleaner's code or reports: eighteen item kinds (civility to letters to the editor and the noticeboard, with
  Apia, Haverfordwest, Kootenai County, juniors, lathes, neurologists and mill sluices for colour), five or six
  headings and five sentences each; a site draws its word for what readers send ("comment" for three in four, else
  post, message, reply, contribution, letter or note), its moderators, two to sixteen rules in table order or
  shuffled, one to three sentences a rule, heading case and placement (own part, bare or with a stop, colon or
  emphasis, or run in after a colon, stop or dash) or none, a list marker (numbers, letters, roman numerals, bullets,
  "Rule 1:", section numbers) or none, and by chance section lines, dividers, a summary, a last-updated line and a
  sign-off; opening, closing and title lines by ``_furnish``. **Held out** for the next change to the notice: its
  lines not looked at. Its figure, printed once on main's code (round 142), in place: removal P=0.997 R=0.938
  F1=0.9666 exact=0.780, 16 article lines lost, 301 chrome lines missed.
- ``reworded-242`` (``seed_families/reworded_242.py``, ``REWORDINGS_242``, 2026-12-05), written from how sites word
  and print their posting rules (Belize news, Orkney parish papers, West Virginia coal-town weeklies, rowing clubs,
  calligraphy societies, endometriosis forums, mobile-home park residents, canal restoration trusts), without reading
  the cleaner's code or reports: eighteen item kinds (the usual sixteen plus sensitive subjects and for-sale notices),
  each five or six headings and five sentences with local colour (Kriol and Garifuna, Scots contempt law, kirk
  sessions, the mine and the county courthouse, regatta week, nibs and exemplars, excision and content warnings, lot
  rent, lock gates and work parties); a site draws its word for what readers send (a quarter never say "comment") and
  its moderators, two to five or six to sixteen kinds in table order or shuffled, one to three sentences an item,
  question headings or not, heading case, placement (none, own part with or without a stop or colon, run in) and bold,
  a list marker shape (numbers, letters, roman numerals, bullets, dashes, "Rule 1:", section numbers, a section sign)
  or none, and by chance a section or pinned-thread line, a last-updated line, a shouted NOT and a sign-off; opening,
  closing and title lines by ``_furnish``. **Held out** for the next change to the notice: its lines not looked at.
  Its figure, printed once on main's code (round 142), in place: removal P=0.998 R=0.955 F1=0.9765 exact=0.860, 9
  article lines lost, 277 chrome lines missed.
- ``reworded-243`` (``seed_families/reworded_243.py``, ``REWORDINGS_243``, 2026-12-05), written from how sites word
  and print their posting rules (St Helena news, Lincolnshire Wolds papers, Alaska fishing-town weeklies, croquet
  clubs, brass bands, lupus forums, student housing co-ops, bus preservation groups), without reading the cleaner's
  code or reports: seventeen kinds of item (civility, hatred, privacy, safeguarding, moderation delays, staying on
  topic, advertising, names and accounts, the law, copyright, reporting, discretion, corrections and news tips,
  language, warnings and bans, medical and safety advice, links and pictures), each with five or six headings and five
  sentences; a site draws its word for what readers send ("comment", or for a quarter of sites post, message, reply,
  contribution, letter or note) and its moderators, two to seventeen items in table order or shuffled, one to three
  sentences an item, headings as written, in title case, in capitals or none, standing alone or run in, an emphasis
  style, list markers (numbers, letters, roman numerals, "Rule 1:", "3.1", "§1", bullets, dashes) or none, and by
  chance a section line, a last-updated line, a signature and a see-also line; opening, closing and title lines by
  ``_furnish``. **Held out** for the next change to the notice: its lines not looked at. Its figure, printed once on
  main's code (round 142), in place: removal P=0.999 R=0.895 F1=0.9442 exact=0.775, 5 article lines lost, 657 chrome
  lines missed.
- ``reworded-244`` (``seed_families/reworded_244.py``, ``REWORDINGS_244``, 2026-12-05), written from how sites word
  and print their posting rules (Falkland Islands news, Dorset papers, Mississippi delta weeklies, judo clubs,
  photographic societies, COPD forums, village hall committees, airfield heritage volunteers), without reading the
  cleaner's code or reports: seventeen item kinds (civility, hatred, privacy, safeguarding, moderation delays, staying
  on topic, advertising and spam, names and accounts, the law, copyright, reporting, the editor's or committee's
  discretion, corrections and news tips, language, warnings and bans, safety and medical advice, elections), each with
  five or six headings (questions among them) and five sentences with local colour (Stanley, Saints, Weymouth, Lyme
  Regis, aldermen, the dojo, the critique gallery, oxygen settings, airframes); a site draws its word for what readers
  send (a quarter never say "comment") and its moderators, two to sixteen kinds in table order or shuffled with one to
  three sentences each, heading case or no headings, headings standing alone (bare, stop or colon, sometimes bold) or
  run in after a colon, stop or dash, a list marker style (numbers, letters, roman numerals, bullets, dashes, "Rule
  1:", section numbers, section signs) or none, and by chance section lines, a last-updated line, a "Please note:"
  lead-in and a sign-off; opening, closing and title lines by ``_furnish``. **Held out** for the next change to the
  notice: its lines not looked at. Its figure, printed once on main's code (round 142), in place: removal P=0.997
  R=0.964 F1=0.9802 exact=0.820, 12 article lines lost, 171 chrome lines missed.
- ``reworded-245`` (``seed_families/reworded_245.py``, ``REWORDINGS_245``, 2026-12-05), written from how sites word
  and print their posting rules (Tonga English news, Shetland papers, Montana ranch-country weeklies, squash clubs,
  beekeepers' associations, psoriasis forums, residents' parking groups, steam fair societies), without reading the
  cleaner's code or reports: seventeen item kinds (civility to safety and medical advice, with elections added), each
  with five or six headings and five sentences carrying local colour (Lerwick Sheriff Court, the laws of Tonga, brand
  inspectors, foulbrood, boiler certificates, junior welfare officers, the parking zone); a site draws its word for
  what readers send (a quarter never say "comment") and its moderators, two to sixteen items in table order or
  shuffled, one to three sentences an item, heading case and place (own part, bare or with a stop or colon, or run in
  after a colon, stop or dash) or none, unrendered emphasis, a list marker (numbers, letters, roman numerals, bullets,
  "Rule 1:", section numbers, paragraph signs) or none, stopless single-sentence items, and by chance a section line,
  a note prefix, a last-updated line and a sign-off; opening, closing and title lines by ``_furnish``. **Held out**
  for the next change to the notice: its lines not looked at. Its figure, printed once on main's code (round 144), in
  place: removal P=0.999 R=0.956 F1=0.9769 exact=0.840, 6 article lines lost, 187 chrome lines missed.
- ``reworded-246`` (``seed_families/reworded_246.py``, ``REWORDINGS_246``, 2026-12-05), written from how sites word
  and print their posting rules (Gibraltar news, Cornish fishing-village papers, Louisiana bayou weeklies, fencing
  clubs, choral societies, fibromyalgia forums, community garden plot holders, vintage aircraft restorers), without
  reading the cleaner's code or reports: seventeen kinds of item (civility, hatred, privacy, safeguarding, moderation
  delays, staying on topic, advertising and swaps, names and accounts, the law, copyright, reporting, the editor's or
  committee's discretion, corrections and news tips, language, warnings and bans, medical, blade and airworthiness
  advice, notices and events), five or six headings and five sentences each, with local colour (the Rock and the
  frontier, Llanito, Kernewek, lifeboat shouts, Cajun French, the piste, part-books, pregabalin, lettings officers,
  LAA inspectors, PPR and NOTAMs); a site draws its word for what readers send (not "comment" a quarter of the time)
  and who moderates, two to sixteen items in table order or shuffled, one to three sentences an item, heading case or
  no headings, headings as parts of their own (bare, stop or colon) or run in (colon, stop or dash), list markers
  (numbers, letters, roman numerals, bullets, dashes, "Rule 1:", section numbers) or none, and now and then a section
  line, a last-updated line, markdown-emphasised headings, "NOT" in capitals and a sign-off; opening, closing and
  title lines by ``_furnish``. **Held out** for the next change to the notice: its lines not looked at. Its figure,
  printed once on main's code (round 144), in place: removal P=0.998 R=0.913 F1=0.9532 exact=0.810, 11 article lines
  lost, 467 chrome lines missed.
- ``reworded-247`` (``seed_families/reworded_247.py``, ``REWORDINGS_247``, 2026-12-05), written from how sites word
  and print their posting rules (Jersey news, Teesside papers, New Mexico high-desert weeklies, lawn bowls clubs,
  stamp collectors' societies, ME/CFS forums, sheltered housing residents, bus users' groups), without reading the
  cleaner's code or reports: eighteen item kinds (civility, hatred, privacy, safeguarding, moderation delays, topic,
  advertising and sales, names and accounts, the law, copyright, reporting, discretion, corrections and tips,
  language, warnings and bans, safety and medical advice, elections, complaints about staff), each with five or six
  headings and five sentences with local colour (the Royal Court, Cleveland Police, Mountain Time, rinks, pull cords,
  fleet numbers); a site draws its word for what readers send (a quarter never say "comment") and its moderators, two
  to sixteen items in table order or shuffled, one to three sentences an item, heading case or none, headings on their
  own or run in, a list marker (numbers, letters, roman numerals, bullets, dashes, "Rule 1:", section numbers) or
  none, and habits of its own (section lines, a last-updated line, emphasised headings, a "PLEASE NOTE:", a sign-off);
  opening, closing and title lines by ``_furnish``. **Held out** for the next change to the notice: its lines not
  looked at. Its figure, printed once on main's code (round 144), in place: removal P=0.998 R=0.956 F1=0.9765
  exact=0.850, 14 article lines lost, 259 chrome lines missed.
- ``reworded-248`` (``seed_families/reworded_248.py``, ``REWORDINGS_248``, 2026-12-05), written from how sites word
  and print their posting rules (Fiji English news, Shropshire market-town papers, Maine island weeklies, table-tennis
  clubs, embroiderers' guilds, epilepsy parents' forums, neighbourhood watch schemes, windmill trusts), without
  reading the cleaner's code or reports: eighteen kinds (civility to noticeboard use, with crime and emergency
  numbers, seizure first aid and mill safety among them), each of six headings and five sentences; a site draws its
  word for what readers send (a quarter never say "comment") and its moderators, 2-16 kinds in table or shuffled
  order, one to three sentences an item, heading case or none, headings on their own part or run in, a list-marker
  shape or none, and by chance section lines, a last-updated line, Markdown bold and a sign-off; opening, closing and
  title lines by ``_furnish``. **Held out** for the next change to the notice: its lines not looked at. Its figure,
  printed once on main's code (round 144), in place: removal P=0.998 R=0.986 F1=0.9921 exact=0.870, 10 article lines
  lost, 69 chrome lines missed.
- ``reworded-249`` (``seed_families/reworded_249.py``, ``REWORDINGS_249``, 2026-12-05), written from how sites word
  and print their posting rules (Guernsey news, Yorkshire Dales papers, Wyoming oil-town weeklies, orienteering clubs,
  amateur astronomy societies, arthritis forums, marina berth-holders, tram museum volunteers), without reading the
  cleaner's code or reports: seventeen kinds of item (civility, hatred, privacy, safeguarding, moderation delays,
  staying on topic, advertising and sales, names and accounts, the law, copyright, reporting, the editor's or
  committee's discretion, corrections and news tips, language, warnings and bans, medical and safety advice, events
  and meets), each with five or six headings and five sentences in these sites' voice (St Peter Port and the Royal
  Court, Wensleydale and Craven, Gillette and Campbell County, permission areas, solar filters, methotrexate, berth
  licences, depot rotas); a site draws its word for what readers send (a quarter never say "comment") and its
  moderators, two to sixteen items in table order or shuffled, one to three sentences an item, heading case or no
  headings, headings standing alone (bare, stop or colon) or run in (colon, stop or dash), sometimes in asterisks,
  list markers (numbers, letters, roman numerals, bullets, dashes, "Rule 1:", section numbers, section signs) or none,
  and by chance a section line, a last-updated line and a sign-off; opening, closing and title lines by ``_furnish``.
  **Held out** for the next change to the notice: its lines not looked at. Its figure, printed once on main's code
  (round 144), in place: removal P=0.999 R=0.942 F1=0.9696 exact=0.805, 7 article lines lost, 340 chrome lines missed.
- ``reworded-250`` (``seed_families/reworded_250.py``, ``REWORDINGS_250``, 2026-12-05), written from how sites word
  and print their posting rules (Vanuatu English news, Anglesey papers, North Dakota prairie weeklies, karate clubs,
  family history societies, multiple sclerosis forums, leaseholders' associations, heritage orchard groups), without
  reading the cleaner's code or reports: seventeen item kinds (civility to elections), each with five or six headings
  (questions among them) and five sentences in these sites' voice (Efate and Santo, Ynys Môn and Caernarfon Crown
  Court, the oil patch and press day, gradings and the dojo, parish registers and living persons, neurologists and MS
  nurses, service charges and LEASE, scion wood and rootstocks); a site draws its word for what readers send (a
  quarter never say "comment") and its moderators, two to sixteen items in table order or shuffled, one to three
  sentences an item, heading case and place (own part, bare or with a stop or colon, or run in after a colon, stop or
  dash) or none, a list marker (numbers, letters, roman numerals, bullets, dashes, "Rule 1:", section numbers, a
  section sign) or none, and by chance a handbook section line, a last-updated line, one sentence set off in capitals
  or after "Important:", and a sign-off; opening, closing and title lines by ``_furnish``. **Held out** for the next
  change to the notice: its lines not looked at. Its figure, printed once on main's code (round 144), in place:
  removal P=0.997 R=0.976 F1=0.9866 exact=0.885, 12 article lines lost, 112 chrome lines missed.
- ``reworded-251`` (``seed_families/reworded_251.py``, ``REWORDINGS_251``, 2026-12-05), written from how sites word
  and print their posting rules (Turks and Caicos news, Isle of Wight papers, eastern Kentucky weeklies, field hockey
  clubs, poetry societies, adult ADHD forums, student halls committees, lifeboat station supporters), without reading
  the cleaner's code or reports: eighteen item kinds (civility, hatred, privacy, safeguarding, moderation delays,
  staying on topic, advertising, names and accounts, the law, copyright, reporting, discretion, corrections and tips,
  language, warnings and bans, safety and medical advice, whose views, length) of five or six headings and five
  sentences each, with local colour (caulkheads and overners, Belonger status, Letcher and Perry County, England
  Hockey, the Coastguard); a site draws its word for what readers send (a quarter never say "comment") and its
  moderators, two to sixteen items in table order or shuffled with one to three sentences each, heading case and place
  (own part, bare or with a stop or colon, or run in after a colon, stop or dash) or no headings, an emphasis style,
  list markers (numbers, letters, roman numerals, bullets, dashes, "Rule 1:", section numbers, a section sign) or
  none, and by chance a section line, a last-updated line and a sign-off; opening, closing and title lines by
  ``_furnish``. **Held out** for the next change to the notice: its lines not looked at. Its figure, printed once on
  main's code (round 144), in place: removal P=0.998 R=0.986 F1=0.9920 exact=0.885, 10 article lines lost, 73 chrome
  lines missed.
- ``reworded-252`` (``seed_families/reworded_252.py``, ``REWORDINGS_252``, 2026-12-05), written from how sites word
  and print their posting rules (Anguilla news, Scilly Isles papers, Utah canyon-country weeklies, sailing clubs,
  potters' guilds, kidney disease forums, caravan site residents, city farm volunteers), without reading the cleaner's
  code or reports: seventeen kinds of rule (civility, hatred, privacy, safeguarding, moderation delays, staying on
  topic, advertising, names and accounts, the law, copyright, reporting, the editor's or committee's say, corrections
  and tips, language, warnings and bans, medical and safety advice, notices and old threads), each with six headings
  and five sentences; a site draws its word for what readers send (a quarter never say "comment"), its moderators and
  its setting (law, patch, readers), two to sixteen kinds in table order or shuffled, one to three sentences an item,
  heading case or none, headings on their own or run in, list markers from numbers to "Rule 1:", clauses and section
  signs, and now and then a section line, bold headings, a "Please note:", a last-updated or AGM line and a sign-off;
  opening, closing and title lines by ``_furnish``. **Held out** for the next change to the notice: its lines not
  looked at. Its figure, printed once on main's code (round 144), in place: removal P=0.998 R=0.990 F1=0.9940
  exact=0.875, 11 article lines lost, 47 chrome lines missed.
- ``reworded-253`` (``seed_families/reworded_253.py``, ``REWORDINGS_253``, 2026-12-05), written from how sites word
  and print their posting rules (Nauru English news, Ceredigion papers, Nevada mining-town weeklies, water polo clubs,
  lacemakers' guilds, sickle cell forums, almshouse residents, canal boat heritage trusts), without reading the
  cleaner's code or reports: eighteen item kinds (civility, hatred, privacy, safeguarding, moderation delays, staying
  on topic, advertising, names and accounts, the law, copyright, reporting, discretion, corrections and tips,
  language, warnings and bans, medical advice, safety on the water and underground, elections), each with five or six
  headings and five sentences; a site draws its word for what readers send (a quarter never say "comment") and its
  moderators, two to sixteen items in table order or shuffled with one to three sentences each, heading case and
  placement (own part bare, with a stop or colon, or run in after a colon, stop or dash, sometimes in bold markup) or
  none, a list marker shape or none, and now and then section lines, a last-updated line and a sign-off; opening,
  closing and title lines by ``_furnish``. **Held out** for the next change to the notice: its lines not looked at.
  Its figure, printed once on main's code (round 146), in place: removal P=0.998 R=0.956 F1=0.9766 exact=0.830, 11
  article lines lost, 223 chrome lines missed.
- ``reworded-254`` (``seed_families/reworded_254.py``, ``REWORDINGS_254``, 2026-12-05), written from how sites word
  and print their posting rules (Montserrat news, Exmoor papers, Arkansas Ozark weeklies, judo parents' groups,
  barbershop choruses, Parkinson's carers' forums, co-operative allotment shops, signal box preservation volunteers),
  without reading the cleaner's code or reports: seventeen kinds (civility, hate, privacy, safeguarding, moderation
  delays, topic, advertising, names, the law, copyright, reporting, discretion, corrections and tips, language,
  warnings and bans, safety and medical advice, elections), each five or six headings and five sentences with local
  colour; a site draws its word for what readers send (a quarter never say "comment") and its moderators, two to
  sixteen items in table order or shuffled, one to three sentences an item, heading case or none, headings on their
  own or run in after a colon, stop or dash, an emphasis style, a list marker (numbers, letters, roman numerals,
  bullets, dashes, "Rule 1:", section numbers) or none, and by chance a section line, a last-updated line and a
  sign-off; opening, closing and title lines by ``_furnish``. **Held out** for the next change to the notice: its
  lines not looked at. Its figure, printed once on main's code (round 146), in place: removal P=0.998 R=0.993
  F1=0.9959 exact=0.870, 8 article lines lost, 33 chrome lines missed.
- ``reworded-255`` (``seed_families/reworded_255.py``, ``REWORDINGS_255``, 2026-12-05), written from how sites word
  and print their posting rules (Saint Lucia news, Hebrides crofting papers, Minnesota iron-range weeklies, ultimate
  frisbee clubs, woodcarvers' societies, hearing loss forums, retirement village committees, horse-drawn omnibus
  restorers), without reading the cleaner's code or reports: seventeen item kinds (civility, hatred, privacy,
  safeguarding, moderation delays, staying on topic, advertising and swaps, names and accounts, the law, copyright,
  reporting, the editor's or committee's discretion, corrections and news tips, language, warnings and bans, medical
  and tool or horse safety, elections), each with five or six headings (questions among them) and five sentences with
  local colour (Castries, the Uists, Hibbing, Spirit of the Game, hearing aids, the noticeboard, liveries); a site
  draws its kind (printing no line that names another kind's places or pastimes), its word for what readers send
  ("comment" three times in four, else post, message, reply, contribution, letter or note) and its moderators, two to
  five or six to sixteen items in table order or shuffled, one to three sentences each, heading case or none, headings
  standing alone (bare, stop, colon) or run in (colon, stop, dash), a list marker (numbers, letters, roman numerals,
  bullets, dashes, stars, "Rule 1:", section numbers, section signs) or none, an emphasis habit (starred headings,
  "Please note:", NOT in capitals), and by chance a section line, a last-updated line and a sign-off; opening, closing
  and title lines by ``_furnish``. **Held out** for the next change to the notice: its lines not looked at. Its
  figure, printed once on main's code (round 146), in place: removal P=0.997 R=0.991 F1=0.9937 exact=0.860, 17 article
  lines lost, 44 chrome lines missed.
- ``reworded-256`` (``seed_families/reworded_256.py``, ``REWORDINGS_256``, 2026-12-05), written from how sites word
  and print their posting rules (Kiribati English news, Isles of Purbeck papers, South Dakota reservation-border
  weeklies, rugby league supporters' clubs, stained-glass guilds, celiac disease forums, estate residents' panels,
  water tower friends), without reading the cleaner's code or reports: seventeen item kinds (civility to buying and
  selling), each five or six headings and five sentences, lines with local colour marked by kind of site; a site draws
  its kind (keeping out other kinds' lines), its word for what readers send (a quarter never say "comment") and
  moderators, two to sixteen items in table order or shuffled, one to three sentences an item, heading case or none,
  headings on their own or run in, list markers or none, and now and then a section line, last-updated line and
  sign-off; opening, closing and title lines by ``_furnish``. **Held out** for the next change to the notice: its
  lines not looked at. Its figure, printed once on main's code (round 146), in place: removal P=0.999 R=0.987
  F1=0.9926 exact=0.885, 8 article lines lost, 73 chrome lines missed.
- ``reworded-257`` (``seed_families/reworded_257.py``, ``REWORDINGS_257``, 2026-12-05), written from how sites word
  and print their posting rules (Grenada news, Lake District papers, Mississippi river-town weeklies, dragon boat
  clubs, natural history societies, asthma parents' forums, supported housing tenants, paddle steamer preservation
  societies), without reading the cleaner's code or reports: seventeen kinds of item (civility to sensitive
  sightings), each five or six headings, questions among them, and five sentences with local colour (Carriacou, the
  fells, the levee, the steamer, reliever inhalers, the county recorder); a site draws its word for what readers send
  (a quarter never say "comment") and its moderators, two to sixteen items in table order or shuffled, one to three
  sentences an item, heading case or none, headings as their own part or run in after a colon, stop or dash, bold or
  italic marks, list markers (numbers, letters, roman numerals, bullets, dashes, "Rule 1:", section numbers, "No. 1")
  or none, and by chance a section line, a last-updated line and a sign-off; opening, closing and title lines by
  ``_furnish``. **Held out** for the next change to the notice: its lines not looked at. Its figure, printed once on
  main's code (round 146), in place: removal P=0.997 R=0.988 F1=0.9924 exact=0.890, 11 article lines lost, 48 chrome
  lines missed.
- ``reworded-258`` (``seed_families/reworded_258.py``, ``REWORDINGS_258``, 2026-12-05), written from how sites word
  and print their posting rules (Cayman Islands news, Northern Isles farming papers, Texas panhandle weeklies, Gaelic
  football clubs, harp societies, lymphoedema forums, co-housing communities, old bakery museum volunteers), without
  reading the cleaner's code or reports: seventeen item kinds (civility to what the noticeboard is for, with Grand
  Court, lambing, sheriff's office, Children's Officer, cellulitis and common-house colour), five or six headings and
  five sentences each; a site draws its word (a quarter never say "comment") and moderators, two to sixteen kinds in
  table order or shuffled, one to three sentences an item, heading case or none, headings on their own or run in,
  numbered, lettered, roman, bulleted, "Rule 1:" or section-numbered markers, bold markup, and by chance a section
  line, a last-updated line, a "Please note:" and a sign-off; opening, closing and title lines by ``_furnish``. **Held
  out** for the next change to the notice: its lines not looked at. Its figure, printed once on main's code (round
  146), in place: removal P=0.998 R=0.985 F1=0.9917 exact=0.845, 10 article lines lost, 94 chrome lines missed.
- ``reworded-259`` (``seed_families/reworded_259.py``, ``REWORDINGS_259``, 2026-12-05), written from how sites word
  and print their posting rules (Solomon Islands English news, Forest of Dean papers, Vermont maple-country weeklies,
  cross-country running clubs, philatelic circles, Huntington's disease forums, boat-club moorings committees, lido
  friends), without reading the cleaner's code or reports: seventeen kinds (civility, hatred, privacy, safeguarding,
  moderation delays, topic, advertising, names and accounts, the law, copyright, reporting, discretion, corrections
  and tips, language, warnings and bans, medical and water safety, club business), each with five or six headings and
  five sentences; a site draws its word for what readers send (a quarter never say "comment") and its moderators, two
  to sixteen kinds in order or shuffled, one to three sentences an item, heading case and placement (own part, bare or
  with a stop or colon, or run in), list markers (numbers, letters, roman numerals, bullets, dashes, "Rule 1:",
  section numbers, section signs, clauses) or none, and its own section line, last-updated line, warning word and
  sign-off; opening, closing and title lines by ``_furnish``. **Held out** for the next change to the notice: its
  lines not looked at. Its figure, printed once on main's code (round 146), in place: removal P=0.997 R=0.984
  F1=0.9907 exact=0.855, 15 article lines lost, 87 chrome lines missed.
- ``reworded-260`` (``seed_families/reworded_260.py``, ``REWORDINGS_260``, 2026-12-05), written from how sites word
  and print their posting rules (Dominica news, Rutland papers, Oklahoma panhandle weeklies, skateboarding parks
  groups, ukulele clubs, thyroid forums, mobile library users, lime kiln restoration groups), without reading the
  cleaner's code or reports: sixteen kinds of rule (civility to medical and site-safety advice), each five or six
  headings, questions among them, and five sentences with local colour (Roseau, Oakham, Guymon, Kwéyòl, levothyroxine,
  the kiln's draw arches); a site draws its word for what readers send (a quarter never "comment") and its moderators,
  two to five or six to sixteen items in table order or shuffled, one to three sentences each, headings in sentence,
  title or capital case (or none) standing alone bare, with a stop or colon, or run in after a colon, stop or dash,
  list markers (numbers, letters, roman, bullets, dashes, asterisks, "Rule 1:", "Section 1.", "1.1") or none, starred
  headings, and by chance a section line, a last-updated line and a sign-off; opening, closing and title lines by
  ``_furnish``. **Held out** for the next change to the notice: its lines not looked at. Its figure, printed once on
  main's code (round 146), in place: removal P=0.997 R=0.960 F1=0.9783 exact=0.840, 14 article lines lost, 212 chrome
  lines missed.
- ``reworded-261`` (``seed_families/reworded_261.py``, ``REWORDINGS_261``, 2026-12-05), written from how sites word
  and print their posting rules (Niue English news, Moray coast papers, Idaho Snake River weeklies, lacrosse clubs,
  bonsai societies, cystic fibrosis parents' forums, harbour-side flat owners, tidal mill trusts), without reading the
  cleaner's code or reports: seventeen item kinds (civility to medical and river or foreshore safety, and noticeboard
  notices), each five or six headings, questions among them, and five sentences with local colour (Alofi, Buckie,
  Scots contempt law, the Magic Valley, CF cross-infection, the mill's tide); a site draws its word for what readers
  send (a quarter never say "comment") and its moderators, two to sixteen kinds in order or shuffled, one to three
  sentences each, heading case or none, headings on a part of their own or run in after a colon, stop or dash, list
  markers (numbers, letters, roman numerals, bullets, "Rule 1:", section, paragraph-sign or clause numbers) or none,
  starred or bold headings, a part line, a last-updated line and a sign-off; opening, closing and title lines by
  ``_furnish``. **Held out** for the next change to the notice: its lines not looked at. Its figure, printed once on
  main's code (round 146), in place: removal P=0.998 R=0.961 F1=0.9791 exact=0.820, 12 article lines lost, 226 chrome
  lines missed.
- ``reworded-262`` (``seed_families/reworded_262.py``, ``REWORDINGS_262``, 2026-12-05), written from how sites word
  and print their posting rules (Saint Helena farming news, Wensleydale papers, Iowa county-seat weeklies, roller
  derby leagues, folk song clubs, glaucoma forums, garden city residents' associations, ropewalk museum volunteers),
  without reading the cleaner's code or reports: seventeen item kinds (civility to safety and medical advice, and who
  runs the page), each five or six headings with questions among them and five sentences with local colour (the
  Jamestown market, lambing and the mart, the courthouse and county sheriff, bouts and derby names, singarounds, eye
  drops, neighbours' hedges, the volunteers' rota); a site draws its kind and keeps the lines that fit it, its word
  for what readers send (a quarter never say "comment") and its moderators, two to sixteen items in order or shuffled,
  one to three sentences an item, heading case and place (own part, bare or with a stop or colon, or run in after a
  colon, stop or dash) or none, list markers (numbers, letters, roman numerals, bullets, dashes, "Rule 1:", sections,
  clauses) or none, and bold or starred headings, a section line, a last-updated line and a sign-off by chance;
  opening, closing and title lines by ``_furnish``. **Held out** for the next change to the notice: its lines not
  looked at. Its figure, printed once on main's code (round 146), in place: removal P=0.998 R=0.985 F1=0.9918
  exact=0.910, 7 article lines lost, 63 chrome lines missed.
- ``reworded-263`` (``seed_families/reworded_263.py``, ``REWORDINGS_263``, 2026-12-05), written from how sites word
  and print their posting rules (Tristan da Cunha notices, Caithness papers, Wisconsin Northwoods weeklies, bridge
  clubs, model engineering societies, stroke survivors' forums, narrowboat co-operatives, turnpike trust historians),
  without reading the cleaner's code or reports: seventeen item kinds (civility to medical and boiler safety, and club
  disputes and results), each five or six headings and five sentences with local colour (Wick Sheriff Court, the
  island's slow link, EBU numbers, live steam, aphasia, locks, record-office maps); a site draws its word ("comment"
  for three in four, else post, message, letter ...) and moderators, two to seventeen items in table order or
  shuffled, one to three sentences an item, heading case and place (own part or run in), list markers (numbers,
  letters, roman, bullets, "Rule 1:", section numbers, §) or none, and by chance a rulebook section line, bold
  headings, a "Please note:" lead, a last-updated line and a sign-off; opening, closing and title lines by
  ``_furnish``. **Held out** for the next change to the notice: its lines not looked at. Its figure, printed once on
  main's code (round 146), in place: removal P=0.998 R=0.996 F1=0.9970 exact=0.860, 14 article lines lost, 21 chrome
  lines missed.
- ``reworded-264`` (``seed_families/reworded_264.py``, ``REWORDINGS_264``, 2026-12-05), written from how sites word
  and print their posting rules (Cook Islands outer-island news, Black Country papers, Georgia peanut-belt weeklies,
  wheelchair basketball clubs, brass rubbing groups, chronic pain forums, almshouse trustees, corn exchange friends),
  without reading the cleaner's code or reports: seventeen item kinds (civility to medical advice, with event
  notices), each five or six headings and five sentences with local places and laws; a site draws its word for what
  readers send (not "comment" on a quarter), its moderators and region, 2-17 kinds in order or shuffled, one to three
  sentences an item, heading case and placement (own part, or run in after a colon, stop or dash), a list marker or
  none, and by chance a section line, a last-updated line, starred headings and a sign-off; opening, closing and title
  lines by ``_furnish``. **Held out** for the next change to the notice: its lines not looked at. Its figure, printed
  once on main's code (round 146), in place: removal P=0.996 R=0.960 F1=0.9778 exact=0.775, 17 article lines lost, 179
  chrome lines missed.
- ``reworded-265`` (``seed_families/reworded_265.py``, ``REWORDINGS_265``, 2026-12-05), written from how sites word
  and print their posting rules (Norfolk Island news, Fife coastal papers, Nevada ranch weeklies, netball umpires'
  groups, gilbert and sullivan societies, deaf parents' forums, custom-build housing groups, pier preservation
  trusts), without reading the cleaner's code or reports: eighteen item kinds (civility to safety and medical advice,
  with respect for match officials and fundraising appeals added), each five or six headings, questions among them,
  and five sentences with local colour (Burnt Pine, Scottish contempt rules, grazing permits, umpire awards, vocal
  scores, BSL and Auslan, building control, the pier barrier); a site draws its word for what readers send (a quarter
  never say "comment") and its moderators, two to sixteen kinds in table order or shuffled, one to three sentences an
  item, heading case or none, headings standing alone (bare, stop or colon) or run in (colon, stop or dash), an
  emphasis style, list markers (numbers, letters, roman numerals, bullets, dashes, "Rule 1:", section signs) or none,
  and by chance a section line, a last-updated line and a sign-off; opening, closing and title lines by ``_furnish``.
  **Held out** for the next change to the notice: its lines not looked at. Its figure, printed once on main's code
  (round 146), in place: removal P=0.997 R=0.995 F1=0.9959 exact=0.835, 14 article lines lost, 27 chrome lines missed.
- ``reworded-266`` (``seed_families/reworded_266.py``, ``REWORDINGS_266``, 2026-12-05), written from how sites word
  and print their posting rules (Falklands camp news, Weardale papers, Louisiana parish weeklies, canoe polo clubs,
  mineral collectors' societies, heart failure forums, tenant management boards, gasworks heritage volunteers),
  without reading the cleaner's code or reports: sixteen item kinds (civility to medical and site safety), each with
  five or six headings and five sentences in these sites' voice (Camp and Stanley, the Dale, police jurors and
  Louisiana law, junior players, specimen sales, diuretics, repairs and rent, the gasholder); a site draws its word
  for what readers send ("comment" three times in four) and its moderators, two to sixteen kinds in order or shuffled
  with one to three sentences each, heading case and placement (own part, bare or with a stop or colon, or run in
  after a colon, stop or dash) or none, emphasis marks, a list marker of sixteen shapes or none, and by chance a
  section line, a last-updated line, a row of stars and a sign-off; opening, closing and title lines by ``_furnish``.
  **Held out** for the next change to the notice: its lines not looked at. Its figure, printed once on main's code
  (round 146), in place: removal P=0.999 R=0.983 F1=0.9906 exact=0.905, 7 article lines lost, 92 chrome lines missed.
- ``reworded-267`` (``seed_families/reworded_267.py``, ``REWORDINGS_267``, 2026-12-05), written from how sites word
  and print their posting rules (Pitcairn notices, Isle of Arran papers, Missouri river-bluff weeklies, tug of war
  clubs, needlepoint guilds, long-term unemployment forums, shared ownership residents, drovers' road walkers),
  without reading the cleaner's code or reports: seventeen item kinds (civility to photos and attachments, with
  safeguarding, benefits and hill-walking advice), five or six headings and five sentences each; a site draws its word
  for what readers send (a quarter never say "comment") and its moderators, two to seventeen items in table order or
  shuffled, one to three sentences an item, heading case and emphasis or no headings, headings on a part of their own
  or run in after a colon, stop or dash, list markers (numbers, letters, roman numerals, bullets, "Rule 1:", section
  numbers) or none, and by chance a section line, a last-updated line and a sign-off; opening, closing and title lines
  by ``_furnish``. **Held out** for the next change to the notice: its lines not looked at. Its figure, printed once
  on main's code (round 146), in place: removal P=0.996 R=0.993 F1=0.9947 exact=0.815, 15 article lines lost, 30
  chrome lines missed.
- ``reworded-268`` (``seed_families/reworded_268.py``, ``REWORDINGS_268``, 2026-12-05), written from how sites word
  and print their posting rules (Ascension Island news, Herefordshire papers, Alabama Black Belt weeklies, cyclo-cross
  clubs, vintage radio societies, food allergy forums, park keepers' friends groups, ice house restorers), without
  reading the cleaner's code or reports: seventeen item kinds (civility, hatred, privacy, safeguarding, moderation
  delays, topic, advertising, names, the law, copyright, reporting, discretion, corrections, language, bans, safety
  and medical advice, site access and heritage), each five or six headings and five to seven sentences with local
  colour, kept to one kind of site per policy; a site draws its kind, its word for what readers send (a quarter never
  say "comment") and moderators, two to seventeen items in table order or shuffled, one to three sentences an item,
  heading case, placement and emphasis or no headings, a list marker shape (numbers, letters, roman, bullets, dashes,
  "Rule 1:", section numbers) or none, and by chance a section line, last-updated line and sign-off; opening, closing
  and title lines by ``_furnish``. **Held out** for the next change to the notice: its lines not looked at. Its
  figure, printed once on main's code (round 146), in place: removal P=0.997 R=0.993 F1=0.9947 exact=0.860, 15 article
  lines lost, 31 chrome lines missed.
- ``reworded-269`` (``seed_families/reworded_269.py``, ``REWORDINGS_269``, 2026-12-06), written from how sites word
  and print their posting rules (Chatham Islands news, Shetland crofting papers, Montana Hi-Line weeklies, water polo
  clubs, morris dancing sides, sickle cell forums, leaseholders' action groups, windmill preservation trusts), without
  reading the cleaner's code or reports: seventeen item kinds (civility to committee notices and minutes), five or six
  headings and five sentences each, with local words (Waitangi, Lerwick's Sheriff Court, Havre, the Squire and Bagman,
  hydroxyurea, the freeholder, the mill's sails) that tie a sentence to the kinds of site that would print it; a site
  draws its kind, its word for what readers send (one in four another word, never "comment") and who moderates, 2-5 or
  6-17 items in table order or shuffled with one to three sentences each, heading case and place (own part, bare or
  with a stop or colon, or run in after a colon, stop or dash) or none, list markers (numbers, letters, roman
  numerals, bullets, dashes, "Rule 1:", sections) or none, emphasis, and by chance a section line, a last-updated line
  and a sign-off; opening, closing and title lines by ``_furnish``. **Held out** for the next change to the notice:
  its lines not looked at. Its figure, printed once on main's code (round 150), in place: removal P=0.999 R=0.971
  F1=0.9847 exact=0.865, 6 article lines lost, 135 chrome lines missed.
- ``reworded-270`` (``seed_families/reworded_270.py``, ``REWORDINGS_270``, 2026-12-06), written from how sites word
  and print their posting rules (Lord Howe Island notices, Isle of Man papers, Kansas Flint Hills weeklies, fell
  running clubs, orchid societies, epilepsy carers' forums, park home residents, canal towpath volunteers), without
  reading the cleaner's code or reports: seventeen item kinds (civility to safety and medical advice, with wildlife,
  land and access added), each with five or six headings, questions among them, and five sentences with local colour
  (Douglas courts, the Mobile Homes Act 1983, seizure rescue medication, CITES orchids, pasture burns, towpath work
  parties); a site draws its word for what readers send (comment, or a quarter of the time post, message, letter and
  the like), who moderates, two to sixteen items in table order or shuffled, one to three sentences an item, heading
  case or none, headings standing alone or run in, an emphasis style, list markers (numbers, letters, roman numerals,
  bullets, dashes, "Rule 1:", section numbers) or none, and by chance a section line, a last-updated line and a
  sign-off; opening, closing and title lines by ``_furnish``. **Held out** for the next change to the notice: its
  lines not looked at. Its figure, printed once on main's code (round 150), in place: removal P=0.997 R=0.983
  F1=0.9900 exact=0.885, 15 article lines lost, 88 chrome lines missed.
- ``reworded-271`` (``seed_families/reworded_271.py``, ``REWORDINGS_271``, 2026-12-06), written from how sites word
  and print their posting rules (Tokelau news, Northumberland border papers, Maine Down East weeklies, boccia clubs,
  beekeepers' associations, ME/CFS forums, student housing co-ops, tramway museum friends), without reading the
  cleaner's code or reports: seventeen item kinds (civility to medical and safety advice and co-op house matters),
  each five or six headings, questions among them, and five sentences with local colour (atolls, border courts, Down
  East harbours, apiaries, tram depots); a site draws its word for what readers send (not "comment" for a quarter),
  its moderators, two to five or six to seventeen items in table order or shuffled, one to three sentences an item,
  heading case and placing (a part of its own, bare or with a stop or colon, or run in after a colon, stop or dash) or
  no headings, a list marker (numbers, letters, roman numerals, bullets, dashes, "Rule 1:", section numbers) or none,
  bold-star headings, a section line, a last-updated line and a sign-off; opening, closing and title lines by
  ``_furnish``. **Held out** for the next change to the notice: its lines not looked at. Its figure, printed once on
  main's code (round 150), in place: removal P=0.998 R=0.990 F1=0.9939 exact=0.880, 11 article lines lost, 47 chrome
  lines missed.
- ``reworded-272`` (``seed_families/reworded_272.py``, ``REWORDINGS_272``, 2026-12-06), written from how sites word
  and print their posting rules (Anguilla news, Pembrokeshire papers, Nebraska Sandhills weeklies, korfball clubs,
  barbershop choruses, macular degeneration forums, sheltered housing tenants, lighthouse keepers' heritage groups),
  without reading the cleaner's code or reports: seventeen item kinds (civility to medical and cliff safety, and a
  heritage group's memories and records), each with five or six headings (questions among them) and five sentences
  with local colour (Fishguard and Tenby, Cherry County, Skokholm and the Smalls, eye clinics, scheme managers); a
  site draws its word ("comment" or, for a quarter, post, message, reply, contribution, letter or note) and its
  moderators, two to five or six to sixteen items in table order or shuffled, one to three sentences an item, heading
  case or none, headings on their own (bare, stop or colon) or run in (colon, stop or dash), a list marker (numbers,
  letters, roman numerals, bullets, dashes, "Rule 1:", section or clause numbers) or none, a stressed sentence, and a
  section line, last-updated line or sign-off; opening, closing and title lines by ``_furnish``. **Held out** for the
  next change to the notice: its lines not looked at. Its figure, printed once on main's code (round 150), in place:
  removal P=0.998 R=0.996 F1=0.9969 exact=0.910, 12 article lines lost, 19 chrome lines missed.
- ``reworded-273`` (``seed_families/reworded_273.py``, ``REWORDINGS_273``, 2026-12-06), written from how sites word
  and print their posting rules (Montserrat news, Cumbrian fell-country papers, Kentucky coalfield weeklies, dragon
  boat clubs, quilting bees, tinnitus forums, self-build co-operatives, mill race restoration volunteers), without
  reading the cleaner's code or reports: sixteen item kinds (civility, hatred, privacy, safeguarding, moderation
  delays, staying on topic, advertising, names and accounts, the law, copyright, reporting, the editor's or
  committee's discretion, corrections and news tips, language, warnings and bans, safety and medical advice), each
  with five or six headings (questions among them) and five sentences with local colour (offcomers, the hollers, the
  leat and weir, capsize drills, bought patterns, the MVO exclusion zone); a site draws its word for what readers send
  (a quarter never say "comment"), its moderators, two to sixteen items in table order or shuffled, one to three
  sentences an item, heading case or none, headings on their own (bare, stop or colon) or run in (colon, stop or
  dash), markdown emphasis, list markers (numbers, letters, roman numerals, bullets, dashes, "Rule 1:", section
  numbers, section signs) or none, and by chance a section line, a last-updated line and a sign-off; opening, closing
  and title lines by ``_furnish``. **Held out** for the next change to the notice: its lines not looked at. Its
  figure, printed once on main's code (round 150), in place: removal P=0.997 R=0.946 F1=0.9710 exact=0.840, 11 article
  lines lost, 246 chrome lines missed.
- ``reworded-274`` (``seed_families/reworded_274.py``, ``REWORDINGS_274``, 2026-12-06), written from how sites word
  and print their posting rules (Christmas Island notices, Lincolnshire Wolds papers, Arkansas Delta weeklies, curling
  clubs, astronomy societies, Parkinson's carers' forums, tower block residents' panels, packhorse bridge trusts),
  without reading the cleaner's code or reports: seventeen kinds of rule (civility, hatred, privacy, safeguarding,
  moderation delays, staying on topic, advertising, names and accounts, the law, copyright, reporting, the committee's
  discretion, corrections and news tips, language, warnings and bans, medical and safety advice, elections), each with
  five or six headings and five sentences; a site draws its word for what readers send (a quarter never say "comment")
  and who moderates, 2-16 kinds in order or shuffled, one to three sentences each, headings (three cases, on their own
  line bare or with a stop or colon, or run in after a colon, stop or dash) or none, list markers (numbers, letters,
  roman numerals, bullets, dashes, "Rule n:", section numbers) or none, and by chance a section line, asterisk
  emphasis, a last-updated line and a moderators' sign-off; opening, closing and title lines by ``_furnish``. **Held
  out** for the next change to the notice: its lines not looked at. Its figure, printed once on main's code (round
  150), in place: removal P=0.997 R=0.996 F1=0.9962 exact=0.880, 15 article lines lost, 18 chrome lines missed.
- ``reworded-275`` (``seed_families/reworded_275.py``, ``REWORDINGS_275``, 2026-12-06), written from how sites word
  and print their posting rules (Saint Pierre English bulletins, Isles of Scilly papers, New Mexico pueblo-country
  weeklies, hockey umpires' groups, calligraphy guilds, coeliac forums, community land trusts, ferry heritage
  societies), without reading the cleaner's code or reports: sixteen item kinds (civility, hatred, privacy and
  feast-day photography, safeguarding, moderation delays, topic, advertising, names, the law under French, New Mexico
  and tribal law, copyright, reporting, the editor's or committee's discretion, corrections and tips, language,
  warnings and bans, medical and safety advice), each five or six headings and five sentences; a site draws its word
  for what readers send (a quarter never say "comment"), its moderators, two to sixteen items in order or shuffled
  with one to three sentences each, heading case and placement (own part or run in), a list marker shape (numbers,
  letters, roman, bullets, dashes, "Rule 1:", section numbers) or none, and a section line, last-updated line, bold
  headings and sign-off by chance; opening, closing and title lines by ``_furnish``. **Held out** for the next change
  to the notice: its lines not looked at. Its figure, printed once on main's code (round 150), in place: removal
  P=0.997 R=0.964 F1=0.9802 exact=0.795, 16 article lines lost, 177 chrome lines missed.
- ``reworded-276`` (``seed_families/reworded_276.py``, ``REWORDINGS_276``, 2026-12-06), written from how sites word
  and print their posting rules (Rodrigues island news, Cornish clay-country papers, Wyoming basin weeklies,
  orienteering clubs, puppetry guilds, dementia carers' forums, housing association tenants' voices, ice rink heritage
  friends), without reading the cleaner's code or reports: seventeen item kinds (civility to carers' wellbeing, with
  Port Mathurin, Roche, Powell, SI cards and rink programmes for colour), five or six headings and five sentences
  each; a site draws its word for what readers send (a quarter never say "comment") and its moderators, two to sixteen
  items in order or shuffled with one to three sentences each, heading case and place (own part or run in) or none, a
  list marker, a heading emphasis, and by chance a section line, a last-updated line and a sign-off; opening, closing
  and title lines by ``_furnish``. **Held out** for the next change to the notice: its lines not looked at. Its
  figure, printed once on main's code (round 150), in place: removal P=0.997 R=0.995 F1=0.9959 exact=0.890, 16 article
  lines lost, 24 chrome lines missed.
- ``reworded-277`` (``seed_families/reworded_277.py``, ``REWORDINGS_277``, 2026-12-06), written from how sites word
  and print their posting rules (Norfolk Broads boating news, Tiree papers, Oregon high-desert weeklies, rowing clubs
  on tidal rivers, handbell ringers, psoriasis forums, retirement village residents, railway signal box
  preservationists), without reading the cleaner's code or reports: seventeen item kinds (civility to letter length
  and election deadlines, with bridges, tides, Scots contempt law and biologics for colour), each five or six headings
  and five sentences; a site draws its word for what readers send (a quarter never say "comment") and its moderators,
  two to sixteen kinds in table order or shuffled, one to three sentences an item, heading case or none, headings on
  their own (bare, stop, colon, bold now and then) or run in after a colon, stop or dash, a list marker (numbers,
  letters, roman numerals, bullets, dashes, "Rule 1:", section numbers, §) or none, and by chance section lines, a
  last-updated line, a "Please note:" and a sign-off; opening, closing and title lines by ``_furnish``. **Held out**
  for the next change to the notice: its lines not looked at. Its figure, printed once on main's code (round 152), in
  place: removal P=0.999 R=0.979 F1=0.9888 exact=0.890, 6 article lines lost, 106 chrome lines missed.
- ``reworded-278`` (``seed_families/reworded_278.py``, ``REWORDINGS_278``, 2026-12-06), written from how sites word
  and print their posting rules (Saba island notices, Ards peninsula papers, North Dakota prairie weeklies, archery
  clubs, lacemakers' guilds, long COVID forums, co-operative housing members, medieval barn trusts), without reading
  the cleaner's code or reports: eighteen item kinds (civility to range and trail safety, medical advice and members'
  business), each five or six headings and five sentences with local colour; a site draws its word (a quarter never
  say "comment") and moderators, two to sixteen kinds in order or shuffled, one to three sentences an item, heading
  case and place (own part, bare or with stop or colon, or run in), a list marker or none, and now and then a section
  line, a last-updated line, capitalised key words, asterisk emphasis and a sign-off; opening, closing and title lines
  by ``_furnish``. **Held out** for the next change to the notice: its lines not looked at. Its figure, printed once
  on main's code (round 152), in place: removal P=0.997 R=0.980 F1=0.9885 exact=0.805, 13 article lines lost, 87
  chrome lines missed.
- ``reworded-279`` (``seed_families/reworded_279.py``, ``REWORDINGS_279``, 2026-12-06), written from how sites word
  and print their posting rules (Kiribati English news, Galloway hill papers, Mississippi hill-country weeklies,
  ultimate frisbee clubs, woodturners' associations, type 1 diabetes parents' forums, estate regeneration residents,
  watermill friends), without reading the cleaner's code or reports: seventeen item kinds (civility to declaring
  interests, with Tarawa, the A712, chancery court, lathes, insulin, ballots and millstones), each five or six
  headings and five sentences; a site draws its word for what readers send (a quarter never say "comment") and
  moderators, two to sixteen kinds in table order or shuffled, one to three sentences each, heading case, emphasis and
  place (own part, bare or with a stop or colon, or run in after a colon, stop or dash) or none, a list marker
  (numbers, letters, roman numerals, bullets, dashes, "Rule 1:", section signs) or none, and a section line,
  last-updated line or sign-off by chance; opening, closing and title lines by ``_furnish``. **Held out** for the next
  change to the notice: its lines not looked at. Its figure, printed once on main's code (round 152), in place:
  removal P=0.998 R=0.980 F1=0.9889 exact=0.880, 9 article lines lost, 94 chrome lines missed.
- ``reworded-280`` (``seed_families/reworded_280.py``, ``REWORDINGS_280``, 2026-12-06), written from how sites word
  and print their posting rules (Ascension volunteer bulletins, Holy Island papers, Idaho panhandle weeklies, table
  tennis leagues, steam fair societies, bipolar support forums, almshouse residents' committees, swing bridge heritage
  groups), without reading the cleaner's code or reports: seventeen item kinds (civility through medical advice, plus
  travel and access), each five or six headings, questions among them, and five sentences with local colour
  (Georgetown, the causeway, US-95, lithium, boilers, the warden); a site draws its word for what readers send (a
  quarter never say "comment"), its moderators, two to sixteen items in table order or shuffled, one to three
  sentences an item, heading case or none, headings on a part of their own or run in after a colon, stop or dash, list
  markers (numbers, letters, roman numerals, bullets, "Rule 1:", section signs) or none, and by chance a section line,
  a last-updated line and a sign-off; opening, closing and title lines by ``_furnish``. **Held out** for the next
  change to the notice: its lines not looked at. Its figure, printed once on main's code (round 152), in place:
  removal P=0.997 R=0.994 F1=0.9958 exact=0.875, 12 article lines lost, 25 chrome lines missed.
- ``reworded-281`` (``seed_families/reworded_281.py``, ``REWORDINGS_281``, 2026-12-06), written from how sites word
  and print their posting rules (Nauru English notices, Welsh valleys papers, Colorado mining-town weeklies,
  synchronised swimming clubs, choral societies, lupus forums, houseboat moorings associations, pump house museum
  volunteers), without reading the cleaner's code or reports: seventeen item kinds (civility to medical advice and
  on-site safety, with Wavepower, IPSO, the Cybercrime Act 2015, Colorado law, vocal scores, steaming days and
  moorings), each five or six headings and five sentences; a site draws its word (a quarter never say comment) and
  moderators, 2-16 items in order or shuffled, one to three sentences an item, heading case, placement and emphasis or
  none, a list marker (numbers, letters, roman numerals, bullets, dashes, "Rule 1:", section numbers, clauses) or
  none, and by chance a section line, a last-updated line and a sign-off; opening, closing and title lines by
  ``_furnish``. **Held out** for the next change to the notice: its lines not looked at. Its figure, printed once on
  main's code (round 152), in place: removal P=0.998 R=0.989 F1=0.9932 exact=0.875, 10 article lines lost, 55 chrome
  lines missed.
- ``reworded-282`` (``seed_families/reworded_282.py``, ``REWORDINGS_282``, 2026-12-06), written from how sites word
  and print their posting rules (Tasmania west-coast news, Jersey parish papers, South Dakota reservation-border
  weeklies, judo clubs, kite flyers' societies, autism parents' forums, allotment holders' associations, town clock
  restorers), without reading the cleaner's code or reports: seventeen item kinds (civility, hatred, privacy,
  safeguarding, moderation delays, staying on topic, advertising, names and accounts, the law, copyright, reporting,
  discretion, corrections and tips, language, warnings and bans, safety and medical advice, emergencies), each with
  five or six headings (questions among them) and five sentences with local colour (Zeehan, the Royal Court, Lakota,
  gradings, flying fields, plots, clock towers); a site draws its word for what readers send ("comment" on three in
  four), its moderators, 2-5 or 6-16 items in table order or shuffled, one to three sentences an item, heading case or
  none, headings standing alone (bare, stop, colon) or run in (colon, stop, dash) with an emphasis, a list marker
  (numbers, letters, roman numerals, bullets, dashes, "Rule 1:", section numbers, "§1") or none, and by chance a
  section line, a last-updated line and a sign-off; opening, closing and title lines by ``_furnish``. **Held out** for
  the next change to the notice: its lines not looked at. Its figure, printed once on main's code (round 152), in
  place: removal P=0.998 R=0.995 F1=0.9964 exact=0.885, 12 article lines lost, 24 chrome lines missed.
- ``reworded-283`` (``seed_families/reworded_283.py``, ``REWORDINGS_283``, 2026-12-06), written from how sites word
  and print their posting rules (Guernsey sark-ferry notices, Outer Hebrides Gaelic-English papers, Vermont
  lake-country weeklies, sailing dinghy clubs, stamp and coin fairs, fibromyalgia forums, neighbourhood watch groups,
  old school museum friends), without reading the cleaner's code or reports: seventeen kinds of rule (the usual
  sixteen plus valuations and fakes), each five or six headings, questions among them, and five sentences with local
  colour (St Peter Port, Sark, Barra and Uist, Vermont libel law, the Bailiwick's data protection law, 999/911/101,
  the Samaritans); a site draws its word (comment, or for a quarter post, message, reply, contribution, letter or
  notice) and its moderators, 2-5 or 6-16 items in table order or shuffled, one to three sentences an item, heading
  case or none, headings on a part of their own (bare, stop or colon) or run in after a colon, stop or dash, plain or
  in asterisk or underscore emphasis, a list marker (numbers, letters, roman numerals, bullets, dashes, "Rule 1:",
  section numbers, section signs) or none, and by chance a section line, a last-updated line and a sign-off; opening,
  closing and title lines by ``_furnish``. **Held out** for the next change to the notice: its lines not looked at.
  Its figure, printed once on main's code (round 152), in place: removal P=0.996 R=0.993 F1=0.9949 exact=0.865, 16
  article lines lost, 29 chrome lines missed.
- ``reworded-284`` (``seed_families/reworded_284.py``, ``REWORDINGS_284``, 2026-12-06), written from how sites word
  and print their posting rules (Falkland Islands radio news, Peak District papers, Tennessee valley weeklies,
  powerlifting gyms' boards, folk dance societies, kidney patients' forums, rural broadband co-ops, coaching inn
  historians), without reading the cleaner's code or reports: seventeen item kinds (the sixteen usual ones and
  election periods), each with five or six headings, questions among them, and five sentences with local colour
  (Stanley and Camp, the A6 and Castleton, Tennessee law, renal units, street cabinets, inn histories); a site draws
  its word for what readers send (a quarter never say "comment") and who moderates, two to sixteen items in table
  order or shuffled with one to three sentences each, heading case or none, headings standing alone or run in, list
  markers (numbers, letters, roman numerals, bullets, dashes, "Rule 1:", section numbers, section signs) or none, and
  by chance bold marks, an important-rule flag, a section line, a last-updated line, a separator and a sign-off;
  opening, closing and title lines by ``_furnish``. **Held out** for the next change to the notice: its lines not
  looked at. Its figure, printed once on main's code (round 152), in place: removal P=0.997 R=0.987 F1=0.9920
  exact=0.850, 16 article lines lost, 65 chrome lines missed.
- ``reworded-285`` (``seed_families/reworded_285.py``, ``REWORDINGS_285``, 2026-12-06), written from how sites word
  and print their posting rules (Rottnest Island notices, Isle of Wight papers, Minnesota Iron Range weeklies, bowls
  clubs, folk harp circles, migraine forums, boat-dwellers' associations, tithe barn friends), without reading the
  cleaner's code or reports: seventeen item kinds (civility to noticeboard terms, with local colour such as overners
  and caulkheads, quokkas, taconite, triptans and moorings), five or six headings and five sentences each; a site
  draws its word for what readers send (not "comment" for a quarter), its moderators, two to sixteen kinds in order or
  shuffled, one to three sentences an item, heading case and place (own part or run in), list markers (numbers,
  letters, roman numerals, bullets, "Rule 1:", section numbers) or none, and now and then section lines, a
  last-updated line and a sign-off; opening, closing and title lines by ``_furnish``. **Held out** for the next change
  to the notice: its lines not looked at. Its figure, printed once on main's code (round 155), in place: removal
  P=0.998 R=0.996 F1=0.9968 exact=0.875, 11 article lines lost, 20 chrome lines missed.
- ``reworded-286`` (``seed_families/reworded_286.py``, ``REWORDINGS_286``, 2026-12-06), written from how sites word
  and print their posting rules (Tonga English news, Orkney farming papers, Ozark plateau weeklies, rugby league
  supporters' boards, birdwatching clubs, MS carers' forums, leasehold flat management companies, stone circle
  custodians), without reading the cleaner's code or reports: seventeen item kinds of five or six headings and five
  sentences, with local colour (Nuku'alofa, lambing and the mart, school board minutes, the final hooter, Schedule 1
  nests, disease-modifying therapies, the managing agent, climbing on the stones); a site draws its kind and prints
  only lines that suit it, its word for what readers send ("comment" or, a quarter of the time, never), its
  moderators, two to sixteen items in table order or shuffled with one to three sentences each, heading case and place
  (own part, bare or with stop or colon, or run in after a colon, stop or dash), list markers (numbers, letters, roman
  numerals, bullets, dashes, "Rule 1:", section numbers) or none, and now and then an emphasis style, a section line,
  a last-updated line and a sign-off; opening, closing and title lines by ``_furnish``. **Held out** for the next
  change to the notice: its lines not looked at. Its figure, printed once on main's code (round 155), in place:
  removal P=0.998 R=0.990 F1=0.9935 exact=0.880, 12 article lines lost, 53 chrome lines missed.
- ``reworded-287`` (``seed_families/reworded_287.py``, ``REWORDINGS_287``, 2026-12-06), written from how sites word
  and print their posting rules (Turks and Caicos news, Exmoor papers, Upper Peninsula weeklies, fencing clubs,
  embroiderers' guilds, hearing loss forums, retirement flat residents, drovers' inn historians), without reading the
  cleaner's code or reports: seventeen kinds of rule (civility to safety and medical advice, and citing sources), each
  with five or six headings, questions among them, and five sentences with local colour; a site draws its word for
  what readers send (a quarter never say "comment") and its moderators, 2-16 kinds in table order or shuffled, one to
  three sentences an item, heading case and placement (a part of its own, bare or with a stop or colon, or run in
  after a colon, stop or dash, sometimes in asterisks) or no headings, a list marker (numbers, letters, roman
  numerals, bullets, dashes, "Rule 1:", section numbers) or none, and by chance a section line, a last-updated line
  and a sign-off; opening, closing and title lines by ``_furnish``. **Held out** for the next change to the notice:
  its lines not looked at. Its figure, printed once on main's code (round 155), in place: removal P=0.997 R=0.995
  F1=0.9961 exact=0.885, 13 article lines lost, 23 chrome lines missed.
- ``reworded-288`` (``seed_families/reworded_288.py``, ``REWORDINGS_288``, 2026-12-06), written from how sites word
  and print their posting rules (Faroe Islands English bulletins, Dorset coast papers, West Virginia hollow weeklies,
  paddleboard clubs, magic circles, scoliosis forums, tenant-run estates, paddle steamer preservation groups), without
  reading the cleaner's code or reports: seventeen item kinds (civility, hatred, privacy, safeguarding, moderation
  delays, staying on topic, advertising, names and accounts, the law, copyright, reporting, discretion, corrections
  and tips, language, warnings and bans, medical and water safety, exposure of magic methods, the ship and its
  volunteers), each with five or six headings and five sentences; a site draws its word for what readers send (a
  quarter never say "comment") and its moderators, two to sixteen kinds in table order or shuffled, one to three
  sentences an item, heading case or none, headings on their own or run in, list markers (numbers, letters, roman
  numerals, bullets, dashes, "Rule 1 –", section numbers, clauses) or none, and by chance a section line, a
  last-updated line, an "Important:"/"NB"/capitals emphasis and a sign-off; opening, closing and title lines by
  ``_furnish``. **Held out** for the next change to the notice: its lines not looked at. Its figure, printed once on
  main's code (round 155), in place: removal P=0.999 R=0.983 F1=0.9908 exact=0.915, 7 article lines lost, 100 chrome
  lines missed.
- ``reworded-289`` (``seed_families/reworded_289.py``, ``REWORDINGS_289``, 2026-12-06), written from how sites word
  and print their posting rules (Bermuda parish news, Anglesey papers, Alaska Kenai weeklies, squash clubs, real ale
  societies, IBS forums, intentional communities, tin mine heritage volunteers), without reading the cleaner's code or
  reports: seventeen item kinds (civility to medical and site safety, plus notices and events), each five or six
  headings with questions among them and five sentences with local colour (parishes and Bermuda courts, Welsh and
  English, Soldotna and the Sterling Highway, ladders and leagues, branch socials, FODMAP and GPs, consensus meetings,
  adits and engine houses); a site draws its word for what readers send (never "comment" on a quarter of sites) and
  its moderators, 2-16 kinds in table order or shuffled, one to three sentences each, heading case or no headings,
  headings on their own (bare, stop, colon) or run in (colon, stop, dash), list markers (numbers, letters, roman
  numerals, bullets, dashes, "Rule 1:", section marks and numbers) or none, bold marks, dropped stops, and now and
  then a divider, part headings, a last-updated line and a sign-off; opening, closing and title lines by ``_furnish``.
  **Held out** for the next change to the notice: its lines not looked at. Its figure, printed once on main's code
  (round 155), in place: removal P=0.997 R=0.974 F1=0.9856 exact=0.885, 14 article lines lost, 138 chrome lines
  missed.
- ``reworded-290`` (``seed_families/reworded_290.py``, ``REWORDINGS_290``, 2026-12-06), written from how sites word
  and print their posting rules (Norfolk coast papers, Cocos Islands notices, Delaware shore weeklies, darts leagues,
  model railway clubs, spinal injury forums, mutual housing societies, semaphore tower friends), without reading the
  cleaner's code or reports: eighteen item kinds (civility to medical and safety advice, society business and accuracy
  of sources), five or six headings and five sentences each; a site draws its word for what readers send (a quarter
  never say "comment") and its moderators, two to sixteen kinds in table order or shuffled, one to three sentences a
  kind as parts or one paragraph, heading case or none, headings standing alone (bare, stop, colon) or run in (colon,
  stop, dash), list markers (numbers, letters, roman numerals, bullets, dashes, "Rule 1:", section numbers, section
  signs) or none, asterisk or underscore emphasis, section lines, a last-updated line and a sign-off; opening, closing
  and title lines by ``_furnish``. **Held out** for the next change to the notice: its lines not looked at. Its
  figure, printed once on main's code (round 155), in place: removal P=0.998 R=0.979 F1=0.9885 exact=0.885, 9 article
  lines lost, 109 chrome lines missed.
- ``reworded-291`` (``seed_families/reworded_291.py``, ``REWORDINGS_291``, 2026-12-06), written from how sites word
  and print their posting rules (Vanuatu English news, Teesdale papers, Utah canyon-country weeklies, gymnastics
  clubs, poetry circles, menopause forums, garden square residents, lifeboat station heritage groups), without reading
  the cleaner's code or reports: seventeen item kinds (civility to medical and water safety, plus respect for kastom,
  lost crews and tribal sites), each with five or six headings (questions among them) and five sentences with local
  colour (Port Vila, Bislama, Barnard Castle, Moab, BLM, British Gymnastics, HRT, key fobs, the RNLI); a site draws
  its word for what readers send (a quarter never say "comment") and its moderators, two to sixteen kinds in table
  order or shuffled, one to three sentences each, heading case and place (own part, bare or with a stop or colon, or
  run in after a colon, stop or dash) or no headings, a list marker (numbers, letters, roman numerals, bullets,
  dashes, "Rule 1:", section numbers, the section sign) or none, bracketed or starred bold headings, an "Important:"
  note, a section line, a last-updated line, a row of stars and a sign-off; opening, closing and title lines by
  ``_furnish``. **Held out** for the next change to the notice: its lines not looked at. Its figure, printed once on
  main's code (round 155), in place: removal P=0.997 R=0.979 F1=0.9879 exact=0.835, 13 article lines lost, 111 chrome
  lines missed.
- ``reworded-292`` (``seed_families/reworded_292.py``, ``REWORDINGS_292``, 2026-12-06), written from how sites word
  and print their posting rules (St Kitts and Nevis news, Rhondda papers, Wisconsin dairy-county weeklies, climbing
  walls' boards, cribbage leagues, adoptive parents' forums, river moorings co-ops, gaol museum volunteers), without
  reading the cleaner's code or reports: seventeen item kinds (civility to safety and medical advice, with a
  volunteers' confidentiality kind for the gaol museum's rota board), each five or six headings and five sentences
  with local colour (Basseterre and the Electronic Crimes Act, Treorchy and Welsh, the county fair and obituaries,
  belay checks and competition beta, league results, birth families and social workers, berths and Environment Agency
  flood warnings, the cells and descendants); a site draws its word ("comment" three times in four, else post,
  message, reply, contribution, letter or notice) and who moderates, two to five or six to seventeen items in table
  order or shuffled, one to three sentences an item, heading case or none, headings on a part of their own (bare, stop
  or colon) or run in (colon, stop or dash), list markers (numbers, letters, roman numerals, bullets, dashes,
  asterisks, "Rule 1:", section signs) or none, and by chance a section line, a last-updated line, headings in
  asterisks and a sign-off; opening, closing and title lines by ``_furnish``. **Held out** for the next change to the
  notice: its lines not looked at. Its figure, printed once on main's code (round 155), in place: removal P=0.998
  R=0.995 F1=0.9964 exact=0.915, 11 article lines lost, 32 chrome lines missed.
- ``reworded-293`` (``seed_families/reworded_293.py``, ``REWORDINGS_293``, 2026-12-06), written from how sites word
  and print their posting rules (Guyana English news, Cornwall fishing-port papers, Big Sur coast weeklies, table
  tennis clubs, dog agility societies, gout forums, cooperative flats' committees, pumping station museum volunteers),
  without reading the cleaner's code or reports: seventeen kinds (civility, hatred, privacy, safeguarding, moderation
  delays, staying on topic, advertising, names and accounts, the law, copyright, reporting, discretion, corrections
  and tips, language, warnings and bans, medical and safety advice, noticeboard use), each five or six headings and
  five sentences with local colour (Guyana's Cybercrime Act, harbour stories, Highway 1, league night, agility shows,
  allopurinol, the co-op's general meeting, steam days); a site draws its word ("comment", or for a quarter post,
  message, reply, letter, note ...), moderators, two to sixteen items in table order or shuffled, one to three
  sentences an item, heading case and place (a part of its own, bare, stopped or with a colon, or run in after a
  colon, stop or dash) or none, a marker shape (numbers, letters, roman numerals, bullets, "Rule 1:", section numbers)
  or none, and its own habits (lettered clauses, a section line, a last-updated line, bold headings, a "Please note"
  or capitalised NOT, a sign-off); opening, closing and title lines by ``_furnish``. **Held out** for the next change
  to the notice: its lines not looked at. Its figure, printed once on main's code (round 155), in place: removal
  P=0.997 R=0.983 F1=0.9902 exact=0.860, 12 article lines lost, 82 chrome lines missed.
- ``reworded-294`` (``seed_families/reworded_294.py``, ``REWORDINGS_294``, 2026-12-06), written from how sites word
  and print their posting rules (Antigua and Barbuda news, Kerry papers, Finger Lakes weeklies, taekwondo clubs,
  pigeon racing societies, sleep apnoea forums, park home residents' associations, bandstand restoration friends),
  without reading the cleaner's code or reports: eighteen kinds of item (civility to complaints and election
  campaigning), each with five or six headings (questions among them) and five sentences with local colour (the
  Defamation Act 2009, the Electronic Crimes Act 2013, the Mobile Homes Act 1983, gradings, lofts, CPAP); a site draws
  its word for what readers send ("comment" three times in four, else post, message, reply, contribution, letter or
  submission), its moderators, two to sixteen kinds in table order or shuffled, one to three sentences an item,
  heading case and place (own part, bare or with a stop or colon, or run in after a colon, stop or dash) or no
  headings, an emphasis mark on headings, a list marker (numbers, letters, roman numerals, bullets, "Rule 1:", section
  numbers, paragraph signs) or none, and by chance section lines, a last-updated line, a lead word on one sentence and
  a sign-off; opening, closing and title lines by ``_furnish``. **Held out** for the next change to the notice: its
  lines not looked at. Its figure, printed once on main's code (round 155), in place: removal P=0.997 R=0.978
  F1=0.9875 exact=0.820, 14 article lines lost, 123 chrome lines missed.
- ``reworded-295`` (``seed_families/reworded_295.py``, ``REWORDINGS_295``, 2026-12-06), written from how sites word
  and print their posting rules (St Vincent and the Grenadines news, Sligo papers, Connecticut River valley weeklies,
  fell running clubs, sourdough bakers' circles, eczema forums, sheltered housing residents, toll house preservation
  groups), without reading the cleaner's code or reports: seventeen item kinds (civility to elections and campaigning,
  with Kingstown, Argyle airport, the Defamation Act 2009, the Gardaí, Town Meeting Day, the Bob Graham Round,
  starters and topical steroids), five or six headings and five sentences each; a site draws its word (a quarter never
  say "comment") and moderators, two to sixteen items in table order or shuffled, one to three sentences an item,
  heading case and place (own part, bare, stop or colon, or run in after a colon, stop or dash) or none, a list marker
  (numbers, letters, roman numerals, bullets, dashes, "Rule 1 -", "2.3", "§1") or none, and by chance section lines, a
  last-updated line, starred headings, a "Please note:" lead and a sign-off; opening, closing and title lines by
  ``_furnish``. **Held out** for the next change to the notice: its lines not looked at. Its figure, printed once on
  main's code (round 155), in place: removal P=0.999 R=0.997 F1=0.9977 exact=0.910, 8 article lines lost, 18 chrome
  lines missed.
- ``reworded-296`` (``seed_families/reworded_296.py``, ``REWORDINGS_296``, 2026-12-06), written from how sites word
  and print their posting rules (Bahamas Family Islands news, Antrim coast papers, Cape Cod weeklies, volleyball
  leagues, aquarium keepers' societies, COPD forums, almshouse trustees' residents, dovecote and lime kiln friends),
  without reading the cleaner's code or reports: seventeen kinds of rule (civility to politics and elections, with
  safeguarding, the law, medical and site safety), each with five or six headings and five sentences; a site draws its
  word for what readers send ("comment" on three in four) and its moderators, two to sixteen kinds in table order or
  shuffled, one to three sentences an item, heading case and placement (own part or run in), an emphasis, Q-and-A
  questions, a list marker (numbers, letters, roman numerals, bullets, dashes, "Rule 1:", clauses, section numbers) or
  none, and a divider, "Back to top" lines, a last-updated line and a sign-off now and then; opening, closing and
  title lines by ``_furnish``. **Held out** for the next change to the notice: its lines not looked at. Its figure,
  printed once on main's code (round 155), in place: removal P=0.998 R=0.981 F1=0.9897 exact=0.845, 11 article lines
  lost, 109 chrome lines missed.
- ``reworded-297`` (``seed_families/reworded_297.py``, ``REWORDINGS_297``, 2026-12-06), written from how sites word
  and print their posting rules (Seychelles English bulletins, Argyll island papers, Nebraska Sandhills weeklies,
  boxing gyms' boards, ukulele groups, long covid forums, co-housing communities, railway viaduct trusts), without
  reading the cleaner's code or reports: eighteen item kinds (civility to medical advice, with co-housing meetings and
  election letters), each five or six headings and five sentences with local colour (Victoria, Oban's sheriff court,
  Kreol Seselwa, Gaelic, branding season, junior boxers, pacing, the viaduct); a site draws its word for what readers
  send (a quarter never say "comment") and its moderators, two to sixteen items in table order or shuffled, one to
  three sentences an item, heading case and emphasis or none, headings on their own or run in after a colon, stop or
  dash, list markers (numbers, letters, roman numerals, bullets, dashes, "Rule 1:", section and paragraph numbers) or
  none, and a section line, last-updated line or sign-off; opening, closing and title lines by ``_furnish``. **Held
  out** for the next change to the notice: its lines not looked at. Its figure, printed once on main's code (round
  155), in place: removal P=0.997 R=0.977 F1=0.9870 exact=0.850, 14 article lines lost, 106 chrome lines missed.
- ``reworded-298`` (``seed_families/reworded_298.py``, ``REWORDINGS_298``, 2026-12-06), written from how sites word
  and print their posting rules (Mauritius English news, Mayo papers, Kentucky bluegrass weeklies, skateboard park
  users, quiz leagues, endometriosis forums, tenants' and residents' associations on estates, abbey ruins volunteers),
  without reading the cleaner's code or reports: seventeen item kinds (civility, hatred, privacy, safeguarding,
  moderation delays, staying on topic, advertising, names and accounts, the law, copyright, reporting, discretion,
  corrections and news tips, language, warnings and bans, safety and medical advice, disputes), five or six headings
  and five sentences each; a site draws its word for what readers send (a quarter never say "comment") and its
  moderators, two to sixteen kinds in table order or shuffled, one to three sentences an item, heading case, emphasis
  and placement (own part or run in), list markers or none, and by chance section lines, a last-updated line and a
  sign-off; opening, closing and title lines by ``_furnish``. **Held out** for the next change to the notice: its
  lines not looked at. Its figure, printed once on main's code (round 155), in place: removal P=0.998 R=0.999
  F1=0.9983 exact=0.900, 11 article lines lost, 8 chrome lines missed.
- ``reworded-299`` (``seed_families/reworded_299.py``, ``REWORDINGS_299``, 2026-12-06), written from how sites word
  and print their posting rules (Barbados parish news, Powys hill papers, Arizona border weeklies, wrestling clubs,
  pottery studios' members, Parkinson's carers' forums, houseboat moorings associations, ropewalk museum friends),
  without reading the cleaner's code or reports: seventeen item kinds (civility to elections, with safeguarding of
  juniors, medication and boat-gas advice, Welsh, Spanish and Bajan dialect, berth numbers, the Defamation Act and
  Powys courts), five or six headings and five sentences each; a site draws its word for what readers send (a quarter
  never say "comment") and its moderators, 2-16 items in table order or shuffled, one to three sentences an item,
  heading case and placement (own part, bare or with a stop or colon, or run in after a colon, stop or dash) or no
  headings, list markers (numbers, letters, roman numerals, bullets, "Rule 1:", clause and section numbers), and now
  and then a section line, an emphasised sentence, a last-updated or AGM line and a sign-off; opening, closing and
  title lines by ``_furnish``. **Held out** for the next change to the notice: its lines not looked at. Its figure,
  printed once on main's code (round 155), in place: removal P=0.998 R=0.999 F1=0.9983 exact=0.915, 10 article lines
  lost, 6 chrome lines missed.
- ``reworded-300`` (``seed_families/reworded_300.py``, ``REWORDINGS_300``, 2026-12-06), written from how sites word
  and print their posting rules (Trinidad and Tobago community news, Caithness papers, North Dakota prairie weeklies,
  triathlon clubs, woodturners' guilds, stroke survivors' forums, retirement village residents, forge and smithy
  heritage groups), without reading the cleaner's code or reports: seventeen kinds of rule, each with five or six
  headings (questions among them) and five sentences with local colour (Port of Spain, Wick and Thurso, Scots contempt
  law, Ward County, 4-H, aphasia, FAST, lathes, hammer-ins, the smiddy); a site draws its word for what readers send
  (a quarter never say "comment") and its moderators, two to five or six to sixteen items in table order or shuffled,
  one to three sentences an item, headings in sentence case, title case or capitals (or none) standing alone or run in
  after a colon, stop or dash, list markers (numbers, letters, Roman numerals, bullets, dashes, "Rule 1:", section
  numbers, clauses) or none, and now and then a section line, a last-updated line, one sentence stressed and a
  sign-off; opening, closing and title lines by ``_furnish``. **Held out** for the next change to the notice: its
  lines not looked at. Its figure, printed once on main's code (round 155), in place: removal P=0.998 R=0.970
  F1=0.9839 exact=0.840, 12 article lines lost, 182 chrome lines missed.
- ``reworded-301`` (``seed_families/reworded_301.py``, ``REWORDINGS_301``, 2026-12-06), written from how sites word
  and print their posting rules (Saint Pierre and Miquelon English bulletins, Aran Islands papers, Rio Grande valley
  weeklies, roller derby leagues, model yacht clubs, vitiligo forums, self-build housing groups, tide mill friends),
  without reading the cleaner's code or reports: seventeen item kinds (civility to safety), each with five or six
  headings and five to seven sentences, some local to one kind of site (French data law, the ferry, Texas courts,
  derby names, sail numbers, phototherapy, plots, the sluice); a site draws its kind, its word for what readers send
  (a quarter never say "comment") and its moderators, two to sixteen items in table order or shuffled, one to three
  sentences an item, heading case and place (own line, or run in after a colon, stop or dash) or none, list markers
  (numbers, letters, roman numerals, bullets, dashes, "Rule 1:", section numbers, hashes), emphasis on run-in
  headings, and by chance a section line and a last-updated line or sign-off; opening, closing and title lines by
  ``_furnish``. **Held out** for the next change to the notice: its lines not looked at. Its figure, printed once on
  main's code (round 160), in place: removal P=0.998 R=0.994 F1=0.9960 exact=0.910, 9 article lines lost, 32 chrome
  lines missed.
- ``reworded-302`` (``seed_families/reworded_302.py``, ``REWORDINGS_302``, 2026-12-06), written from how sites word
  and print their posting rules (Rodrigues island news, Gower papers, Outer Cape weeklies, bowling alley leagues,
  spinners and weavers guilds, Meniere's disease forums, marina berth holders' associations, walled garden
  volunteers), without reading the cleaner's code or reports: seventeen item kinds (civility to garden work parties,
  with Port Mathurin, Rhossili, Wellfleet, betahistine and berth licences for colour), each five or six headings and
  five sentences; a site draws its word for what readers send (a quarter never say "comment" anywhere), its
  moderators, two to sixteen kinds in order or shuffled, one to three sentences each, heading case and placing (own
  part, run in after a colon, stop or dash, or none), list markers (numbers, letters, roman numerals, bullets, "Rule
  1:", section signs) and by chance a section line, bold headings, a last-updated line and a sign-off; opening,
  closing and title lines by ``_furnish``. **Held out** for the next change to the notice: its lines not looked at.
  Its figure, printed once on main's code (round 160), in place: removal P=0.998 R=0.997 F1=0.9973 exact=0.915, 10
  article lines lost, 15 chrome lines missed.
- ``reworded-303`` (``seed_families/reworded_303.py``, ``REWORDINGS_303``, 2026-12-06), written from how sites word
  and print their posting rules (Wallis and Futuna English notices, Lleyn peninsula papers, Coachella valley weeklies,
  korfball clubs, metal detecting societies, hemophilia parents' forums, caravan site residents, shot tower
  preservation groups), without reading the cleaner's code or reports: seventeen item kinds (civility to pitch-fee
  disputes, with the Treasure Act, the 1881 French press law, Welsh and Wallisian, factor doses and desert heat as
  local colour), five or six headings and five sentences each, some lines marked for one kind of site or for papers or
  clubs only; a site draws its kind, its word for what readers send (a quarter never say "comment") and its
  moderators, two to sixteen items in order or shuffled, one to three sentences an item, heading case and place (own
  part, stop, colon, or run in after a colon, stop or dash) or none, a list marker (numbers, letters, roman numerals,
  bullets, "Rule 1:", section numbers) or none, starred headings, a section line, a last-updated line and a sign-off;
  opening, closing and title lines by ``_furnish``. **Held out** for the next change to the notice: its lines not
  looked at. Its figure, printed once on main's code (round 160), in place: removal P=0.998 R=0.998 F1=0.9978
  exact=0.895, 10 article lines lost, 11 chrome lines missed.
- ``reworded-304`` (``seed_families/reworded_304.py``, ``REWORDINGS_304``, 2026-12-06), written from how sites word
  and print their posting rules (Tokelau community news, Wirral papers, Black Hills weeklies, hurling and camogie
  clubs, fossil hunters' groups, kidney stone forums, community land trusts, orangery restoration friends), without
  reading the cleaner's code or reports: seventeen kinds of rule (civility to safety and medical advice, plus members'
  business), each with five or six headings, questions among them, and five sentences with local colour; a site draws
  its word for what readers send ("comment" on three sites in four), who moderates, two to five or six to sixteen
  kinds in table order or shuffled, one to three sentences each, heading case or none, headings on their own or run
  in, list markers (numbers, letters, roman numerals, bullets, dashes, "Rule 1:", section signs, clause numbers) or
  none, and now and then a section line, emphasised headings, a last-updated line and a sign-off; opening, closing and
  title lines by ``_furnish``. **Held out** for the next change to the notice: its lines not looked at. Its figure,
  printed once on main's code (round 160), in place: removal P=0.998 R=0.997 F1=0.9975 exact=0.895, 10 article lines
  lost, 13 chrome lines missed.
- ``reworded-305`` (``seed_families/reworded_305.py``, ``REWORDINGS_305``, 2026-12-06), written from how sites word
  and print their posting rules (Ascension Island notices, Fylde coast papers, Palouse wheat-country weeklies, water
  polo clubs, geocaching groups, glaucoma forums, mill pond residents' associations, granary museum volunteers),
  without reading the cleaner's code or reports: seventeen item kinds (civility to medical and outdoor safety, with
  access and landowners added), each with five or six headings and five sentences; a site draws its word for what
  readers send ("comment" for three in four), its moderators, 2-5 or 6-17 kinds in table order or shuffled, one to
  three sentences an item, headings or none in their own case and place (own part, bare or with a stop or colon, or
  run in after a colon, stop or dash), a list marker (numbers, letters, roman, bullets, dashes, "Rule 1:", section
  numbers) or none, starred headings, and now and then a section line, last-updated line or sign-off; opening, closing
  and title lines by ``_furnish``. **Held out** for the next change to the notice: its lines not looked at. Its
  figure, printed once on main's code (round 160), in place: removal P=0.998 R=0.979 F1=0.9882 exact=0.905, 11 article
  lines lost, 112 chrome lines missed.
- ``reworded-306`` (``seed_families/reworded_306.py``, ``REWORDINGS_306``, 2026-12-06), written from how sites word
  and print their posting rules (Isle of Arran papers, Holderness coast news, Door County weeklies, shinty clubs,
  stargazing societies, psoriatic arthritis forums, housing co-operative members, malthouse heritage trusts), without
  reading the cleaner's code or reports: seventeen item kinds (civility to safety and medical advice and heritage-site
  visits), each five or six headings and five sentences with local colour; a site draws its word for what readers send
  (not "comment" a quarter of the time) and its moderators, 2-5 or 6-16 items in order or shuffled, one to three
  sentences an item, heading case and placement (own part or run in) or none, list markers (numbers, letters, roman
  numerals, bullets, dashes, asterisks, "Rule 1:", section numbers) or none, emphasis, and by chance a section line, a
  last-updated line and a sign-off; opening, closing and title lines by ``_furnish``. **Held out** for the next change
  to the notice: its lines not looked at. Its figure, printed once on main's code (round 160), in place: removal
  P=0.997 R=0.977 F1=0.9869 exact=0.875, 13 article lines lost, 97 chrome lines missed.
- ``reworded-307`` (``seed_families/reworded_307.py``, ``REWORDINGS_307``, 2026-12-06), written from how sites word
  and print their posting rules (Kintyre papers, Breckland news, Hudson Valley weeklies, petanque clubs, bagpipe
  bands, Lyme disease forums, almshouse residents, water tower conversion groups), without reading the cleaner's code
  or reports: seventeen item kinds (civility to medical and site safety, and almshouse house rules), each with five or
  six headings and five sentences; a site draws its word for what readers send (a quarter never say "comment"), its
  moderators, 2-16 items in order or shuffled, one to three sentences an item, heading case and placement (own part,
  bare or with a stop or colon, or run in), list markers or none, emphasis, and now and then a section line, a
  last-updated line and a sign-off; opening, closing and title lines by ``_furnish``. **Held out** for the next change
  to the notice: its lines not looked at. Its figure, printed once on main's code (round 160), in place: removal
  P=0.997 R=0.984 F1=0.9905 exact=0.850, 15 article lines lost, 76 chrome lines missed.
- ``reworded-308`` (``seed_families/reworded_308.py``, ``REWORDINGS_308``, 2026-12-06), written from how sites word
  and print their posting rules (Mourne papers, Burren news, Chesapeake watermen's weeklies, bouldering gyms' boards,
  lacemakers' circles, celiac parents' forums, leaseholders' associations, wartime bunker museum volunteers), without
  reading the cleaner's code or reports: seventeen item kinds (civility to safety and medical advice, and the rules
  themselves), each with five or six headings, questions among them, and five sentences with local colour; a site
  draws its word for what readers send (not "comment" for a quarter) and its moderators, two to sixteen kinds in table
  order or shuffled, one to three sentences an item, heading case or none, headings on their own or run in, list
  markers (numbers, letters, roman numerals, bullets, "Rule 1:", section numbers) or none, an emphasis style, and by
  chance a section line, a last-updated line and a sign-off; opening, closing and title lines by ``_furnish``. **Held
  out** for the next change to the notice: its lines not looked at. Its figure, printed once on main's code (round
  160), in place: removal P=0.998 R=0.977 F1=0.9873 exact=0.885, 11 article lines lost, 127 chrome lines missed.
- ``reworded-309`` (``seed_families/reworded_309.py``, ``REWORDINGS_309``, 2026-12-06), written from how sites word
  and print their posting rules (Isle of Mull papers, Solway coast news, Mesabi Iron Range weeklies, pickleball clubs,
  ham radio clubs, narcolepsy forums, flood action groups, lime kiln restoration volunteers), without reading the
  cleaner's code or reports: seventeen item kinds (civility to safety and medical advice, plus elections and political
  letters), each with five or six headings, questions among them, and five sentences with local colour (the Craignure
  ferry queue, sheriff courts at Oban and Dumfries, Floodline, callsigns, the kitchen line, draw arches); a site draws
  its word for what readers send (a quarter never say "comment") and its moderators, two to five or six to sixteen
  items in table order or shuffled, one to three sentences an item, heading case or none, headings on their own (bare,
  stop, colon) or run in (colon, stop, dash), emphasis (asterisks, underscores, BBCode bold), list markers (numbers,
  letters, roman numerals, bullets, dashes, "Rule 1:", section signs, numbered clauses), section lines, a last-updated
  or forum "Post by" line and a sign-off; opening, closing and title lines by ``_furnish``. **Held out** for the next
  change to the notice: its lines not looked at. Its figure, printed once on main's code (round 160), in place:
  removal P=0.997 R=0.985 F1=0.9909 exact=0.855, 14 article lines lost, 72 chrome lines missed.
- ``reworded-310`` (``seed_families/reworded_310.py``, ``REWORDINGS_310``, 2026-12-06), written from how sites word
  and print their posting rules (Islay community news, Lochaber papers, Permian Basin weeklies, snooker leagues,
  lapidary societies, Raynaud's forums, conservation area residents, drill hall heritage friends), without reading the
  cleaner's code or reports: eighteen item kinds (civility to safety and medical advice, with planning objections and
  remembrance and service records added), each with five or six headings, questions among them, and five sentences
  with local colour (Bowmore, Fort William, Midland and Odessa, Scots contempt law, Article 4 directions, silica
  dust); a site draws its word for what readers send (not "comment" for a quarter) and its moderators, two to sixteen
  kinds in table order or shuffled, one to three sentences an item, headings as written, in title case, in capitals or
  none, headings on their own (bare, stop or colon) or run in (colon, stop or dash), list markers (numbers, letters,
  roman numerals, bullets, dashes, "Rule 1:", section symbols and numbers) or none, and by chance a section line, a
  last-updated line, bold headings, one sentence stressed by a prefix or capitals and a sign-off; opening, closing and
  title lines by ``_furnish``. **Held out** for the next change to the notice: its lines not looked at. Its figure,
  printed once on main's code (round 160), in place: removal P=0.997 R=0.991 F1=0.9939 exact=0.870, 15 article lines
  lost, 48 chrome lines missed.
- ``reworded-311`` (``seed_families/reworded_311.py``, ``REWORDINGS_311``, 2026-12-06), written from how sites word
  and print their posting rules (Chiloe English-language bulletins, Tweed valley papers, Olympic Peninsula weeklies,
  futsal leagues, stained glass guilds, alopecia forums, new-build estate residents' groups, holy well and pilgrim
  path volunteers), without reading the cleaner's code or reports: seventeen item kinds (civility to access and
  landowners, with Castro ferries, Selkirk Sheriff Court, Clallam County, lead came, minoxidil, factors and Holy
  Island tides), five or six headings (questions among them) and five sentences each; a site draws its word (a quarter
  never say "comment") and moderators, 2-5 or 6-16 items in table order or shuffled, one to three sentences an item,
  heading case or none, headings on their own (bare, stop, colon) or run in (colon, stop, dash), asterisk or
  underscore emphasis, a list marker (numbers, letters, roman numerals, bullets, "Rule 1:", section numbers) or none,
  and now and then a section line, a last-updated or AGM line and a sign-off; opening, closing and title lines by
  ``_furnish``. **Held out** for the next change to the notice: its lines not looked at. Its figure, printed once on
  main's code (round 160), in place: removal P=0.997 R=0.910 F1=0.9517 exact=0.815, 16 article lines lost, 499 chrome
  lines missed.
- ``reworded-312`` (``seed_families/reworded_312.py``, ``REWORDINGS_312``, 2026-12-06), written from how sites word
  and print their posting rules (Magdalen Islands English news, Eden valley papers, Bitterroot valley weeklies, disc
  golf clubs, taxidermy and natural history societies, sight loss forums, tied cottage tenants, hill fort friends
  groups), without reading the cleaner's code or reports: seventeen item kinds (civility to protected sites and
  species), each with five or six headings, questions among them, and five sentences with local colour (Appleby Horse
  Fair, Cap-aux-Meules, the Rent (Agriculture) Act, scheduled monuments, screen readers, the fairway); a site draws
  its word for what readers send (a quarter never say "comment") and who moderates, two to five or six to sixteen
  items in table order or shuffled, one to three sentences an item, heading case or none, headings as parts of their
  own or run in after a colon, stop or dash, list markers (numbers, letters, roman numerals, bullets, dashes, "Rule
  1:", "Guideline 1 -", section numbers, section signs) or none, and by chance bold-marked headings, section lines, a
  last-updated line, a sign-off and a "Back to top" link; opening, closing and title lines by ``_furnish``. **Held
  out** for the next change to the notice: its lines not looked at. Its figure, printed once on main's code (round
  160), in place: removal P=0.999 R=0.955 F1=0.9762 exact=0.850, 7 article lines lost, 230 chrome lines missed.
- ``reworded-313`` (``seed_families/reworded_313.py``, ``REWORDINGS_313``, 2026-12-06), written from how sites word
  and print their posting rules (Grand Manan island news, Rhinns of Galloway papers, Klamath basin weeklies, wild
  swimming groups, koi and pond keepers' clubs, dyslexia parents' forums, community speedwatch groups, music hall
  preservation trusts), without reading the cleaner's code or reports: seventeen item kinds (civility, hatred,
  privacy, safeguarding, moderation delays, staying on topic, advertising, names and accounts, the law, copyright,
  reporting, discretion, corrections and tips, language, warnings and bans, safety and medical or veterinary advice,
  meet-ups and events), each with five or six headings and five sentences in these sites' voice (ferry lines at North
  Head, Stranraer Sheriff Court, water rights, KHV and quarantine, EHCPs, number plates, playbills); a site draws its
  word for what readers send ("comment" three times in four, else post, message, reply, contribution or letter), its
  moderators, two to five or six to sixteen items in table order or shuffled, one to three sentences an item, heading
  case, placement (own part, bare or with a stop or colon, or run in after a colon, stop or dash) and bold, starred or
  underscored marks, a list marker (numbers, letters, roman numerals, bullets, dashes, "Rule 1:", section numbers) or
  none, and by chance an "Important:" lead, divider lines, a last-updated line and a sign-off; opening, closing and
  title lines by ``_furnish``. **Held out** for the next change to the notice: its lines not looked at. Its figure,
  printed once on main's code (round 160), in place: removal P=0.998 R=0.943 F1=0.9699 exact=0.870, 8 article lines
  lost, 291 chrome lines missed.
- ``reworded-314`` (``seed_families/reworded_314.py``, ``REWORDINGS_314``, 2026-12-06), written from how sites word
  and print their posting rules (Ocracoke island news, Morecambe Bay papers, Shenandoah valley weeklies, BMX clubs,
  record collectors' fairs and forums, hypermobility and Ehlers-Danlos forums, canal basin moorers, railway turntable
  restoration volunteers), without reading the cleaner's code or reports: seventeen item kinds (civility to buying and
  selling, with safeguarding, the sands and the turntable pit, grading and pressings, medical advice), each with six
  headings (questions among them) and five sentences; a site draws its word for what readers send (a quarter never say
  "comment") and its moderators, two to sixteen kinds in table order or shuffled, one to three sentences an item,
  heading case or none, headings standing alone (bare, stop, colon) or run in (colon, stop, dash), sometimes starred,
  list markers (numbers, letters, roman numerals, bullets, dashes, "Rule 1:", section numbers, a section sign) or
  none, and by chance section lines, a notice before a sentence, a last-updated line and a sign-off; opening, closing
  and title lines by ``_furnish``. **Held out** for the next change to the notice: its lines not looked at. Its
  figure, printed once on main's code (round 160), in place: removal P=0.997 R=0.986 F1=0.9915 exact=0.870, 13 article
  lines lost, 67 chrome lines missed.
- ``reworded-315`` (``seed_families/reworded_315.py``, ``REWORDINGS_315``, 2026-12-06), written from how sites word
  and print their posting rules (Tangier Island community pages, Calder valley papers, Cumberland Plateau weeklies,
  surf lifesaving clubs, board game cafes' forums, IVF and fertility forums, tortoise and ferret keepers' groups,
  cinema restoration friends), without reading the cleaner's code or reports: seventeen kinds of item (civility to
  selling, rehoming and announcements), each with six headings and five sentences with local colour (the Contempt of
  Court Act, the First Amendment, nippers and the flags, Article 10 certificates, spoiler tags); a site draws its word
  for what readers send (not "comment" at one site in four), its moderators, two to five or six to sixteen kinds in
  table order or shuffled, one to three sentences each, heading case, emphasis and placement (own part or run in), one
  list-marker style, and by chance section lines, a last-updated line and a sign-off; opening, closing and title lines
  by ``_furnish``. **Held out** for the next change to the notice: its lines not looked at. Its figure, printed once
  on main's code (round 160), in place: removal P=0.997 R=0.975 F1=0.9860 exact=0.815, 17 article lines lost, 149
  chrome lines missed.
- ``reworded-316`` (``seed_families/reworded_316.py``, ``REWORDINGS_316``, 2026-12-06), written from how sites word
  and print their posting rules (Block Island news, Mendip papers, Palmetto lowcountry weeklies, paragliding clubs,
  blacksmiths' guilds, kidney transplant forums, alpaca and poultry smallholders' groups, tide gauge and ice well
  heritage volunteers), without reading the cleaner's code or reports: sixteen item kinds (civility, hatred, privacy,
  safeguarding, moderation delays, staying on topic, advertising, names and accounts, the law, copyright, reporting,
  discretion, corrections and tips, language, warnings and bans, safety and medical advice), each with five or six
  headings (questions among them) and five sentences with local colour; a site draws its word for what readers send (a
  quarter never say "comment") and its moderators, two to five or six to sixteen items in table order or shuffled, one
  to three sentences an item, heading case and placing (own part, bare or with a stop or colon, or run in after a
  colon, stop or dash) or none, list markers (numbers, letters, roman numerals, bullets, "Rule 1 –", section numbers,
  paragraph signs) or none, and by chance section lines, an emphasised rule, a last-updated line, a contact line and a
  sign-off; opening, closing and title lines by ``_furnish``. **Held out** for the next change to the notice: its
  lines not looked at. Its figure, printed once on main's code (round 160), in place: removal P=0.998 R=0.993
  F1=0.9957 exact=0.915, 8 article lines lost, 36 chrome lines missed.
- ``reworded-317`` (``seed_families/reworded_317.py``, ``REWORDINGS_317``, 2026-12-06), written from how sites word
  and print their posting rules (Isle of Eigg community news, Nidderdale papers, Ouachita mountain weeklies, softball
  leagues, bird ringing groups, cleft lip and palate parents' forums, beach hut owners' associations, lime works
  heritage volunteers), without reading the cleaner's code or reports: eighteen item kinds (civility, hatred, privacy,
  safeguarding, moderation delays, staying on topic, advertising, names and accounts, the law, copyright, reporting,
  discretion, corrections and tips, language, warnings and bans, safety and medical advice, sensitive nest sites,
  elections), five or six headings and five sentences each; a site draws its word for what readers send (a quarter
  never "comment") and its moderators, two to sixteen kinds in table order or shuffled, one to three sentences an
  item, heading case and placing (own part or run in) or none, list markers (numbers, letters, roman numerals,
  bullets, dashes, "Rule 1:", section numbers) or none, and by chance a section line, a sentence marked for notice, a
  last-updated line and a sign-off; opening, closing and title lines by ``_furnish``. **Held out** for the next change
  to the notice: its lines not looked at. Its figure, printed once on main's code (round 164), in place: removal
  P=0.998 R=0.988 F1=0.9929 exact=0.880, 12 article lines lost, 71 chrome lines missed.
- ``reworded-318`` (``seed_families/reworded_318.py``, ``REWORDINGS_318``, 2026-12-06), written from how sites word
  and print their posting rules (Achill island news, Pendle papers, Yazoo delta weeklies, ice hockey supporters'
  boards, dahlia and chrysanthemum societies, cerebral palsy forums, floating home moorings, brickworks museum
  friends), without reading the cleaner's code or reports: eighteen item kinds (civility to elections and letter
  length, with local colour: Keel and Dugort, Reedley and Preston courts, Yazoo City, Off the Ice threads, tubers and
  earwigs, SDR and Botox, Boat Safety Scheme, the kiln site), five or six headings and five sentences each; a site
  draws its word ("comment" for three in four, else post, message, reply, contribution, letter or submission) and
  moderators, two to five or six to sixteen kinds in table order or shuffled, one to three sentences an item,
  sentence, title or capital headings or none, standing alone (bare, stop or colon) or run in (colon, stop or dash),
  sometimes starred, one of eighteen list markers or none, and now and then section lines, a stressed sentence, a
  summary line, a last-updated line and a sign-off; opening, closing and title lines by ``_furnish``. **Held out** for
  the next change to the notice: its lines not looked at. Its figure, printed once on main's code (round 164), in
  place: removal P=0.998 R=0.997 F1=0.9977 exact=0.920, 9 article lines lost, 14 chrome lines missed.
- ``reworded-319`` (``seed_families/reworded_319.py``, ``REWORDINGS_319``, 2026-12-06), written from how sites word
  and print their posting rules (Valentia island bulletins, Rossendale papers, Sabine river weeklies, bandy and roller
  hockey clubs, home brew and wine circles, spina bifida forums, retirement flats residents, tannery heritage trusts),
  without reading the cleaner's code or reports: eighteen item kinds (civility, hatred, privacy, safeguarding,
  moderation delays, staying on topic, advertising, names and accounts, the law, copyright, reporting, discretion,
  corrections and tips, language, warnings and bans, safety and medical advice, memories and tributes, elections),
  each with five or six headings (questions among them) and five sentences with local colour; a site draws its word
  for what readers send (a quarter never say "comment") and its moderators, two to sixteen kinds in table order or
  shuffled, one to three sentences an item, heading case or none, headings on their own (bare, stop, colon, bold) or
  run in (colon, stop, dash), a list marker or none, and by chance two headed parts, section lines, an emphasised
  sentence, a last-updated line and a sign-off; opening, closing and title lines by ``_furnish``. **Held out** for the
  next change to the notice: its lines not looked at. Its figure, printed once on main's code (round 164), in place:
  removal P=0.998 R=0.981 F1=0.9894 exact=0.865, 11 article lines lost, 93 chrome lines missed.
- ``reworded-320`` (``seed_families/reworded_320.py``, ``REWORDINGS_320``, 2026-12-06), written from how sites word
  and print their posting rules (Inishbofin community pages, Holme valley papers, Llano Estacado weeklies, windsurf
  and kitesurf clubs, traction engine societies, motor neurone disease forums, village green and common land
  committees, toll bridge and ferry house volunteers), without reading the cleaner's code or reports: eighteen item
  kinds (the sixteen usual ones plus event listings and disputes over land, tolls and neighbours), each with five or
  six headings, questions among them, and five sentences with local colour (the Cleggan boat, Holmfirth and Honley,
  Hale and Parmer counties, launch beaches and offshore winds, boiler inspections, MND nurses, the Commons Act 2006,
  toll collectors); a site draws its word for what readers send ("comment" on three in four, else post, message,
  reply, contribution, letter or notice) and its moderators, 2-5 or 6-16 items in table order or shuffled, one to
  three sentences an item, heading case or none, headings on their own (bare, stop, colon) or run in (colon, stop,
  dash), list markers (numbers, letters, roman numerals, bullets, dashes, "Rule 1:", "No. 1", section numbers) or
  none, heading emphasis, and by chance section lines, a last-updated line, a pinned line and a sign-off; opening,
  closing and title lines by ``_furnish``. **Held out** for the next change to the notice: its lines not looked at.
  Its figure, printed once on main's code (round 164), in place: removal P=0.998 R=0.996 F1=0.9971 exact=0.875, 9
  article lines lost, 20 chrome lines missed.
- ``reworded-321`` (``seed_families/reworded_321.py``, ``REWORDINGS_321``, 2026-12-06), written from how sites word
  and print their posting rules (Hayling island news, Tyne valley papers, San Luis valley weeklies, sea angling clubs,
  classic car and scooter clubs, sarcoidosis forums, freeholders' and commonhold associations, station master's house
  and goods shed friends), without reading the cleaner's code or reports: eighteen item kinds of five or six headings
  (questions among them) and five sentences, with local colour (Eastoke, Hexham, Saguache, Sandy Point, Section 20
  consultations, bass sales, V5Cs, sarcoidosis steroids); a site draws comment or (one in four) post, message, reply,
  letter and the like and then never says comment, its moderators, 2-5 or 6-16 items in table order or shuffled, one
  to three sentences an item, headings in sentence case, title case, capitals or none, standing alone (bare, stop,
  colon) or run in (colon, stop, dash), now and then in bold marks, list markers (numbers, letters, roman numerals,
  bullets, dashes, "Rule 1:", section numbers, paragraph signs, "No. 1") or none, and by chance a forum's posted-by
  line, two part lines, a last-updated line and a sign-off; opening, closing and title lines by ``_furnish``. **Held
  out** for the next change to the notice: its lines not looked at. Its figure, printed once on main's code (round
  164), in place: removal P=0.998 R=0.991 F1=0.9945 exact=0.870, 11 article lines lost, 40 chrome lines missed.
- ``reworded-322`` (``seed_families/reworded_322.py``, ``REWORDINGS_322``, 2026-12-06), written from how sites word
  and print their posting rules (Mersea island news, Coquet valley papers, Wind River weeklies, ju-jitsu clubs, steel
  band and samba groups, mesothelioma forums, mining village residents, workhouse museum volunteers), without reading
  the cleaner's code or reports: eighteen item kinds (civility to claims firms, fundraising and who speaks for the
  group), each five or six headings and five sentences with local colour (the Strood, Rothbury, Fremont County, pit
  heaps, carnival, the curator); a site draws its word for what readers send ("comment", or for a quarter of sites
  post, message, reply, letter ... and never "comment") and its moderators, two to sixteen items in table order or
  shuffled, one to three sentences an item, heading case or none, headings on a part of their own or run in after a
  colon, stop or dash, list markers (numbers, letters, roman numerals, bullets, "Rule 1:", section and sub-clause
  numbers) or none, and by chance markdown-bold headings, an "IMPORTANT:" before one sentence, a section line, a
  last-updated line and a sign-off; opening, closing and title lines by ``_furnish``. **Held out** for the next change
  to the notice: its lines not looked at. Its figure, printed once on main's code (round 164), in place: removal
  P=0.997 R=0.995 F1=0.9964 exact=0.860, 13 article lines lost, 22 chrome lines missed.
- ``reworded-323`` (``seed_families/reworded_323.py``, ``REWORDINGS_323``, 2026-12-06), written from how sites word
  and print their posting rules (Lindisfarne community bulletins, Wear valley papers, Loess Hills weeklies, water ski
  clubs, line dancing and ballroom groups, adenomyosis and PCOS forums, community pub co-operatives, war memorial and
  churchyard volunteers), without reading the cleaner's code or reports: eighteen item kinds (civility, hatred,
  privacy, safeguarding, moderation delays, staying on topic, advertising, names and accounts, the law, copyright,
  reporting, discretion, corrections and news tips, language, warnings and bans, safety and medical advice, notices
  and events, elections), each with five or six headings and five sentences; a site draws its word for what readers
  send (a quarter never say "comment") and its moderators, two to sixteen kinds in order or shuffled, one to three
  sentences an item, heading case and placing (own part, or run in after a colon, stop or dash) or none, a list marker
  (numbers, letters, roman numerals, bullets, emoji, "Rule 1:", numbered sections) or none, and habits of bold or
  underscored headings, section lines, a last-updated line, short tags and a sign-off; opening, closing and title
  lines by ``_furnish``. **Held out** for the next change to the notice: its lines not looked at. Its figure, printed
  once on main's code (round 164), in place: removal P=0.998 R=0.979 F1=0.9886 exact=0.855, 11 article lines lost, 119
  chrome lines missed.
- ``reworded-324`` (``seed_families/reworded_324.py``, ``REWORDINGS_324``, 2026-12-06), written from how sites word
  and print their posting rules (Deer Isle weeklies, Sperrins papers, Kettle Moraine weeklies, biathlon and
  cross-country clubs, re-enactment and living history societies, young carers' forums, rail users' and cycle campaign
  groups, guildhall and market cross trusts), without reading the cleaner's code or reports: seventeen item kinds
  (civility, hatred, privacy, safeguarding, moderation delays, staying on topic, advertising, names, the law,
  copyright, reporting, discretion, corrections and tips, language, warnings and bans, safety and medical advice,
  elections), each five or six headings and five sentences with local colour; a site draws its word for what readers
  send (a quarter never say "comment") and its moderators, two to sixteen items in table order or shuffled, one to
  three sentences an item, heading case and place (own part or run in), a list marker (numbers, letters, roman
  numerals, bullets, "Rule 1:", section numbers, section signs) or none, and its habits (section lines or a divider, a
  last-updated line, capitals or asterisk emphasis, a sign-off); opening, closing and title lines by ``_furnish``.
  **Held out** for the next change to the notice: its lines not looked at. Its figure, printed once on main's code
  (round 164), in place: removal P=0.998 R=0.979 F1=0.9885 exact=0.890, 8 article lines lost, 115 chrome lines missed.
- ``reworded-325`` (``seed_families/reworded_325.py``, ``REWORDINGS_325``, 2026-12-06), written from how sites word
  and print their posting rules (Sanday and Westray community news, Eskdale papers, Okefenokee weeklies, kendo and
  fives clubs, accordion and harmonica groups, scleroderma forums, tiny house communities, limekiln heritage
  volunteers), without reading the cleaner's code or reports: eighteen item kinds (civility, hatred, privacy,
  safeguarding, moderation delays, staying on topic, advertising, names and accounts, the law, copyright, reporting,
  the editor's or committee's discretion, corrections and news tips, language, warnings and bans, medical and safety
  advice, heritage-site work parties, election letters), each with six headings and five sentences; a site draws its
  word for what readers send (a quarter never say "comment") and its moderators, two to sixteen kinds in table order
  or shuffled, one to three sentences an item, heading case or none, headings on their own or run in after a colon,
  stop or dash, list markers (numbers, letters, roman numerals, bullets, dashes, "Rule 1:", section numbers) or none,
  and by chance part lines, a last-updated line, a word of emphasis and a sign-off; opening, closing and title lines
  by ``_furnish``. **Held out** for the next change to the notice: its lines not looked at. Its figure, printed once
  on main's code (round 164), in place: removal P=0.997 R=0.970 F1=0.9836 exact=0.840, 13 article lines lost, 145
  chrome lines missed.
- ``reworded-326`` (``seed_families/reworded_326.py``, ``REWORDINGS_326``, 2026-12-06), written from how sites word
  and print their posting rules (Foula island bulletins, Ribble valley papers, Owyhee weeklies, sumo and real tennis
  clubs, gamelan ensembles, dyspraxia parents' forums, dark sky village committees, cattle market heritage friends),
  without reading the cleaner's code or reports: seventeen item kinds (civility to elections and campaigning), each
  five or six headings, questions among them, and five sentences with local colour (the mailboat from Walls, the
  Sheriff Court in Lerwick, Clitheroe, Idaho libel law, mawashi, gongs, red torches, the sale ring); a site draws its
  word for what readers send (not "comment" for a quarter), its moderators, two to sixteen kinds in table order or
  shuffled, one to three sentences an item, heading case or none, headings on their own (bare, stop or colon) or run
  in (colon, stop, dash), emphasis, list markers (numbers, letters, roman numerals, bullets, dashes, "Rule 1:",
  section numbers, the section sign) or none, and by chance part lines, an "NB:", a last-updated line and a sign-off;
  opening, closing and title lines by ``_furnish``. **Held out** for the next change to the notice: its lines not
  looked at. Its figure, printed once on main's code (round 164), in place: removal P=0.998 R=0.995 F1=0.9963
  exact=0.900, 11 article lines lost, 29 chrome lines missed.
- ``reworded-327`` (``seed_families/reworded_327.py``, ``REWORDINGS_327``, 2026-12-06), written from how sites word
  and print their posting rules (Eriskay community pages, Wharfedale papers, Bighorn basin weeklies, trampolining and
  floorball clubs, madrigal and early music groups, ostomy forums, narrow lane residents' groups, salt works trusts),
  without reading the cleaner's code or reports: seventeen kinds of rule (civility to noticeboard events), each with
  five or six headings (questions among them) and five sentences with local colour; a site draws its word for what
  readers send (a quarter never say "comment") and who moderates, two to sixteen items in table order or shuffled, one
  to three sentences an item, heading case or none, headings on a part of their own or run in, a list marker or none,
  bold or italic marks, and a section line, last-updated line or sign-off now and then; opening, closing and title
  lines by ``_furnish``. **Held out** for the next change to the notice: its lines not looked at. Its figure, printed
  once on main's code (round 164), in place: removal P=0.998 R=0.999 F1=0.9986 exact=0.880, 10 article lines lost, 3
  chrome lines missed.
- ``reworded-328`` (``seed_families/reworded_328.py``, ``REWORDINGS_328``, 2026-12-06), written from how sites word
  and print their posting rules (Fetlar bulletins, Glossop papers, Sawtooth valley weeklies, underwater hockey and
  aquathlon clubs, clog and sword dancing sides, stillbirth and neonatal loss forums, tree warden networks, bathing
  pool friends), without reading the cleaner's code or reports: seventeen item kinds (civility, hatred, privacy,
  safeguarding, moderation delays, topic, advertising, names and accounts, the law, copyright, reporting, discretion,
  corrections and news, language, warnings and bans, safety and medical advice, sensitive content), five or six
  headings and five sentences each with local colour (the Hamars Ness ferry, Snake Pass, Redfish Lake, Scots law, Tree
  Preservation Orders); a site draws its word for what readers send ("comment" for three in four), its moderators,
  2-16 items in order or shuffled, one to three sentences an item, heading case or none, headings apart (bare, stop,
  colon) or run in (colon, stop, dash), a list marker shape or none, and by chance starred headings, a flagged
  sentence, a section line, a last-updated line and a sign-off; opening, closing and title lines by ``_furnish``.
  **Held out** for the next change to the notice: its lines not looked at. Its figure, printed once on main's code
  (round 164), in place: removal P=0.998 R=0.993 F1=0.9952 exact=0.880, 10 article lines lost, 35 chrome lines missed.
- ``reworded-329`` (``seed_families/reworded_329.py``, ``REWORDINGS_329``, 2026-12-06), written from how sites word
  and print their posting rules (Stronsay news, Teifi valley papers, Delmarva weeklies, parkour and unicycling groups,
  fuchsia and sweet pea societies, kinship carers' forums, community first responder schemes, meeting house trusts),
  without reading the cleaner's code or reports: eighteen item kinds (civility to the noticeboard and bookings, with
  the Kirkwall Sheriff Court, come-heres, Welsh and English, training spots, cuttings for sale, patients' privacy and
  the wardens' board), five or six headings (questions and bilingual ones among them) and five sentences each; a site
  draws its word (a quarter never say "comment"), its moderators, two to sixteen items in table order or shuffled, one
  to three sentences an item, heading case or none, headings on their own or run in, an emphasis style, list markers
  (numbers, letters, roman numerals, bullets, "Rule 1:", section numbers, "No. 1") or none, and by chance a section
  line, a last-updated line, "Back to top" and a sign-off; opening, closing and title lines by ``_furnish``. **Held
  out** for the next change to the notice: its lines not looked at. Its figure, printed once on main's code (round
  164), in place: removal P=0.998 R=0.973 F1=0.9855 exact=0.855, 10 article lines lost, 145 chrome lines missed.
- ``reworded-330`` (``seed_families/reworded_330.py``, ``REWORDINGS_330``, 2026-12-06), written from how sites word
  and print their posting rules (Clare Island bulletins, Tywi valley papers, Mat-Su weeklies, gig rowing and coracle
  clubs, bantam and poultry fanciers, Ménière's and trigeminal neuralgia forums, Medway marsh residents, glassworks
  museum volunteers), without reading the cleaner's code or reports: seventeen item kinds (civility to elections and
  campaigning, with safety and medical advice), each five or six headings with questions among them and five sentences
  with local colour (the island ferry, Tusla and the Gardaí, Senedd and Dáil elections, the Parks Highway, Defra's
  bird flu line, the Hoo Peninsula, furnace inductions); a site draws its word for what readers send (a quarter never
  say "comment") and its moderators, two to five or six to sixteen items in table order or shuffled, one to three
  sentences an item, heading case or none, headings as their own part or run in after a colon, stop or dash, bold or
  plain, list markers (numbers, letters, roman numerals, bullets, "Rule 1:", section numbers, paragraph signs) or
  none, and a section line, last-updated line, sign-off or "Back to top" by chance; opening, closing and title lines
  by ``_furnish``. **Held out** for the next change to the notice: its lines not looked at. Its figure, printed once
  on main's code (round 164), in place: removal P=0.997 R=0.978 F1=0.9876 exact=0.840, 14 article lines lost, 106
  chrome lines missed.
- ``reworded-331`` (``seed_families/reworded_331.py``, ``REWORDINGS_331``, 2026-12-06), written from how sites word
  and print their posting rules (Sherkin island news, Ceiriog valley papers, Poconos weeklies, sled dog and bobsleigh
  clubs, lace making and spinning and weaving guilds, myasthenia and Sjögren's forums, Lune estuary residents,
  cooperage and ropewalk heritage volunteers), without reading the cleaner's code or reports: eighteen kinds of item
  (civility, hatred, privacy, safeguarding, moderation delays, staying on topic, selling and spam, names and accounts,
  the law, copyright, reporting, the committee's discretion, corrections and news, Welsh, Irish and bad language,
  warnings and bans, medical advice, safety and welfare on trails, tides and in the workshop, facts and rumour), each
  five or six headings and five sentences; a site draws its word ("comment", or for a quarter post, message, letter,
  notice ...) and moderators, two to five or six to sixteen items in table order or shuffled, one to three sentences
  an item, headings as written, in title case or capitals or none, standing alone, run in or as Q/A pairs, with
  markup, list markers (numbers, letters, roman numerals, bullets, "Rule 1:", "Clause 2.", "§ 3", section numbers) or
  none, stopless bullets, and by chance section lines, a last-updated line, a sign-off and "Back to top"; opening,
  closing and title lines by ``_furnish``. **Held out** for the next change to the notice: its lines not looked at.
  Its figure, printed once on main's code (round 164), in place: removal P=0.999 R=0.985 F1=0.9919 exact=0.845, 7
  article lines lost, 82 chrome lines missed.
- ``reworded-332`` (``seed_families/reworded_332.py``, ``REWORDINGS_332``, 2026-12-06), written from how sites word
  and print their posting rules (Cape Clear community pages, Clwyd papers, Piney Woods weeklies, quoits and pétanque
  leagues, radio ham and budgerigar societies, bronchiectasis and gastroparesis forums, Berkshires lake associations,
  lych gate and village pound volunteers), without reading the cleaner's code or reports: seventeen item kinds
  (civility to private messages, with local colour such as callsigns and QTH, milfoil, Hawarden and Ruthin archives,
  Irish and Welsh), five or six headings and five sentences each; a site draws its word for what readers send (a
  quarter never say "comment") and its moderators, 2-16 items in table order or shuffled, one to three sentences an
  item, heading case, heading placement (own part, bare or with stop or colon, or run in after a colon, stop or dash)
  with some emphasised or none at all, list markers (numbers, letters, roman numerals, bullets, "Rule 1:", section
  numbers, §) or none, and now and then a section line, a last-updated line, a warning word and a sign-off; opening,
  closing and title lines by ``_furnish``. **Held out** for the next change to the notice: its lines not looked at.
  Its figure, printed once on main's code (round 164), in place: removal P=0.997 R=0.971 F1=0.9841 exact=0.880, 15
  article lines lost, 155 chrome lines missed.
- ``reworded-333`` (``seed_families/reworded_333.py``, ``REWORDINGS_333``, 2026-12-06), written from how sites word
  and print their posting rules (Lismore and Kerrera community news, Rosedale papers, Wallowa weeklies, aikido and
  sambo clubs, concertina and fiddle groups, ichthyosis forums, pinfold and village green committees, bell tower
  restoration volunteers), without reading the cleaner's code or reports: eighteen item kinds (civility, hatred,
  privacy, safeguarding of juniors, moderation delays, staying on topic, advertising, names and accounts, the law,
  copyright, reporting, the committee's discretion, corrections and news tips, language, warnings and bans, medical
  advice, tower and green safety, noticeboard notices), each with six headings and five sentences; a site draws its
  word for what readers send (a quarter never say "comment") and its moderators, two to sixteen items in table order
  or shuffled, one to three sentences an item, heading case or none, headings standing alone or run in, list markers
  (numbers, letters, roman numerals, bullets, "Rule 1:", section numbers) or none, and by chance section lines, a
  stressed sentence, a last-updated line and a sign-off; opening, closing and title lines by ``_furnish``. **Held
  out** for the next change to the notice: its lines not looked at. Its figure, printed once on main's code (round
  170), in place: removal P=0.998 R=0.977 F1=0.9870 exact=0.855, 12 article lines lost, 120 chrome lines missed.
- ``reworded-334`` (``seed_families/reworded_334.py``, ``REWORDINGS_334``, 2026-12-06), written from how sites word
  and print their posting rules (Gigha island bulletins, Bilsdale papers, Flathead valley weeklies, capoeira and wing
  chun schools, cheese making circles, Marfan syndrome forums, reading room trustees' residents, fire station museum
  friends), without reading the cleaner's code or reports: seventeen item kinds (civility to elections, with
  safeguarding, medical and food-safety advice, each five or six headings, questions among them, and five sentences
  with island, dale, valley, roda and museum colour); a site draws its word for what readers send ("comment" for three
  in four) and its moderators, two to sixteen items in table order or shuffled, one to three sentences an item,
  heading case, emphasis and placement (a part of its own or run in after a colon, stop or dash) or none, a list
  marker (numbers, letters, roman numerals, bullets, "Rule 1:", section numbers, a section sign) or none, and now and
  then a section line, a last-updated line and a sign-off; opening, closing and title lines by ``_furnish``. **Held
  out** for the next change to the notice: its lines not looked at. Its figure, printed once on main's code (round
  170), in place: removal P=0.998 R=0.981 F1=0.9893 exact=0.890, 11 article lines lost, 102 chrome lines missed.
- ``reworded-335`` (``seed_families/reworded_335.py``, ``REWORDINGS_335``, 2026-12-06), written from how sites word
  and print their posting rules (Luing community pages, Farndale papers, Absaroka weeklies, footgolf and crazy golf
  leagues, topiary and carnivorous plant societies, Friedreich's ataxia forums, tower block tenants' panels, telephone
  box library volunteers), without reading the cleaner's code or reports: sixteen kinds of rule (civility, hatred,
  privacy, safeguarding, moderation delays, staying on topic, advertising, names and accounts, the law, copyright,
  reporting, the committee's discretion, corrections and news tips, language, warnings and bans, medical and safety
  advice), each with five or six headings, questions among them, and five sentences with local colour (the ferry slip,
  Police Scotland, Red Lodge, the windmill hole, Sarracenia, omaveloxolone, fire doors, the phone box); a site draws
  its word for what readers send (a quarter never say "comment") and its moderators, two to five or six to sixteen
  rules in table order or shuffled, one to three sentences a rule, headings in sentence case, title case or capitals
  or none, standing alone (bare, stop or colon) or run in after a colon, stop or dash, sometimes in asterisks, list
  markers (numbers, letters, roman numerals, bullets, dashes, stars, "Rule 1:", section numbers, section signs, "No.
  1") or none, and now and then a section line, a last-updated line and a sign-off; opening, closing and title lines
  by ``_furnish``. **Held out** for the next change to the notice: its lines not looked at. Its figure, printed once
  on main's code (round 170), in place: removal P=0.996 R=0.958 F1=0.9765 exact=0.825, 22 article lines lost, 246
  chrome lines missed.
- ``reworded-336`` (``seed_families/reworded_336.py``, ``REWORDINGS_336``, 2026-12-06), written from how sites word
  and print their posting rules (Inishturk bulletins, Dentdale papers, Uinta basin weeklies, strongman and arm
  wrestling gyms, lichen and mycology groups, dystonia forums, sand yacht and land yacht clubs' members, police box
  and cattle pound heritage friends), without reading the cleaner's code or reports: seventeen item kinds (the usual
  sixteen plus photos and records), each five or six headings, questions among them, and five sentences with local
  colour (Roonagh pier, lambing time, the Uintah County Sheriff, the Defamation Act 2009, Pendine, Samaritans, Botox
  timing, eating fungi named from photos); a site draws its word for what readers send ("comment" three times in four,
  else post, message, reply, contribution, letter or note) and its moderators, two to five or six to sixteen kinds in
  table order or shuffled, one to three sentences an item, separate or run together, heading case or no headings,
  headings as parts of their own (bare, stop or colon) or run in (colon, stop or dash) with an emphasis now and then
  (Markdown, BBCode, HTML bold), list markers (numbers, letters, roman numerals, bullets, dashes, "Rule 1:", section
  signs, clause numbers) or none, and by chance section lines, a last-updated line and a sign-off; opening, closing
  and title lines by ``_furnish``. **Held out** for the next change to the notice: its lines not looked at. Its
  figure, printed once on main's code (round 170), in place: removal P=0.997 R=0.979 F1=0.9879 exact=0.860, 12 article
  lines lost, 100 chrome lines missed.
- ``reworded-337`` (``seed_families/reworded_337.py``, ``REWORDINGS_337``, 2026-12-06), written from how sites word
  and print their posting rules (Arranmore island news, Garsdale papers, Wasatch front weeklies, velodrome and roller
  skating clubs, entomology and dragonfly recording groups, myositis forums, community garden plot holders, Quaker
  meeting house volunteers), without reading the cleaner's code or reports: seventeen item kinds (the sixteen usual
  ones plus sightings and records), each five or six headings with questions among them and five sentences with local
  colour (the ferry and Leabgarrow, Dentdale, Utah law, the track, iRecord and grid references, rheumatologists,
  shared plots, the meeting's clerk); a site draws comment or, one in four, post, message, reply, contribution,
  letter, note or submission, and its moderators; two to five kinds or six to sixteen, in table order or shuffled, one
  to three sentences an item; sentence, title or capital headings or none, standing alone (bare, stop or colon) or run
  in after a colon, stop or dash, sometimes starred; numbers, letters, roman numerals, bullets, dashes, asterisks,
  "Rule 1:", section numbers with numbered clauses or section signs, or no markers; and by chance a section line, a
  last-updated line and a sign-off; opening, closing and title lines by ``_furnish``. **Held out** for the next change
  to the notice: its lines not looked at. Its figure, printed once on main's code (round 170), in place: removal
  P=0.998 R=0.991 F1=0.9943 exact=0.890, 10 article lines lost, 42 chrome lines missed.
- ``reworded-338`` (``seed_families/reworded_338.py``, ``REWORDINGS_338``, 2026-12-06), written from how sites word
  and print their posting rules (Whiddy island bulletins, Littondale papers, Mogollon rim weeklies, speed skating and
  ice skating clubs, bat group and hedgehog rescue volunteers, keratoconus and uveitis forums, quay and slipway users'
  associations, reading room trusts), without reading the cleaner's code or reports: seventeen item kinds (civility,
  hatred, privacy, safeguarding, moderation delays, staying on topic, advertising, names and accounts, the law,
  copyright, reporting, discretion, corrections and news tips, language, warnings and bans, medical and animal-care
  advice, safety on the water and ice, sensitive wildlife sites), each five or six headings and five sentences; a site
  draws its word (``comment``, or a quarter of the time post, message, reply, letter ...), its moderators, two to
  sixteen items in table order or shuffled, one to three sentences an item, heading case, emphasis and place (a part
  of its own or run in) or no headings, a list marker (numbers, letters, roman numerals, bullets, dashes, "Rule 1:",
  section numbers) or none, and by chance a section line, a last-updated line, a line to accept and a sign-off;
  opening, closing and title lines by ``_furnish``. **Held out** for the next change to the notice: its lines not
  looked at. Its figure, printed once on main's code (round 170), in place: removal P=0.997 R=0.973 F1=0.9853
  exact=0.865, 13 article lines lost, 137 chrome lines missed.
- ``reworded-339`` (``seed_families/reworded_339.py``, ``REWORDINGS_339``, 2026-12-06), written from how sites word
  and print their posting rules (Dursey island community pages, Langstrothdale papers, Cimarron weeklies, snowshoe and
  ski touring clubs, model boat and telemark clubs, misophonia and hyperhidrosis forums, dune and heath commoners, red
  squirrel and barn owl trusts), without reading the cleaner's code or reports: seventeen item kinds (the usual
  sixteen and the locations of nests and dreys), each with six headings and five sentences; a site draws its word for
  what readers send (a quarter never say "comment") and its moderators, 2-5 or 6-16 items in table order or shuffled
  with one to three sentences each, heading case or none, headings on their own (bare, stop, colon, some in emphasis
  marks) or run in after a colon, stop or dash, one list-marker shape or none, and by chance section lines, a
  last-updated line and a sign-off or forum post header; opening, closing and title lines by ``_furnish``. **Held
  out** for the next change to the notice: its lines not looked at. Its figure, printed once on main's code (round
  170), in place: removal P=0.998 R=0.995 F1=0.9963 exact=0.880, 11 article lines lost, 27 chrome lines missed.
- ``reworded-340`` (``seed_families/reworded_340.py``, ``REWORDINGS_340``, 2026-12-06), written from how sites word
  and print their posting rules (Heir Island news, Weardale and Teesdale valley papers, Palouse weeklies, race walking
  and pole vault clubs, cactus and succulent societies, rosacea and retinitis forums, estate residents' panels,
  synagogue and chapel heritage volunteers), without reading the cleaner's code or reports: eighteen item kinds (the
  sixteen usual ones plus repairs and housing complaints, and respect for faith), each with five or six headings
  (questions among them) and five sentences with local colour (the island ferry, Stanhope and Middleton-in-Teesdale,
  Whitman and Latah county courts, CITES seed, pole choice, Shabbat, screen readers); a site draws its word for what
  readers send (a quarter never say "comment") and its moderators, 2-5 or 6-16 items in table order or shuffled, one
  to three sentences an item, headings as written, in title case or capitals or none, with an emphasis style
  (asterisks, underscores, BBCode) and standing as a part of their own (bare, stop or colon) or run in (colon, stop or
  dash), a list marker (numbers, letters, roman numerals, bullets, dashes, "Rule 1:", section numbers, section sign)
  or none, and by chance a section line, a last-updated line, a contact line and a sign-off; opening, closing and
  title lines by ``_furnish``. **Held out** for the next change to the notice: its lines not looked at. Its figure,
  printed once on main's code (round 170), in place: removal P=0.998 R=0.966 F1=0.9814 exact=0.865, 11 article lines
  lost, 165 chrome lines missed.
- ``reworded-341`` (``seed_families/reworded_341.py``, ``REWORDINGS_341``, 2026-12-06), written from how sites word
  and print their posting rules (Muck and Canna community news, Glaisdale papers, Skagit valley weeklies, padel and
  bocce clubs, pyrography and whittling groups, mastocytosis forums, bridleway and green lane users' associations,
  horse trough and drinking fountain heritage volunteers), without reading the cleaner's code or reports: sixteen item
  kinds (civility, hatred, privacy, safeguarding, moderation delays, staying on topic, advertising, names and
  accounts, the law with Scots and Skagit County courts, copyright with Crown-copyright maps, reporting, the
  committee's discretion, corrections and news tips, language with Gaelic and Spanish, warnings and bans, medical and
  tool safety), each with five or six headings and five sentences; a site draws its word ("comment" in three in four,
  else post, message, reply, contribution, letter or note), its moderators, two to sixteen kinds in table order or
  shuffled, one to three sentences an item, heading case or none, headings on a part of their own or run in after a
  colon, stop or dash, starred or not, list markers (numbers, letters, Roman numerals, bullets, dashes, "Rule 1:",
  section numbers) or none, and by chance a section line, a last-updated line and a sign-off; opening, closing and
  title lines by ``_furnish``. **Held out** for the next change to the notice: its lines not looked at.
- ``reworded-342`` (``seed_families/reworded_342.py``, ``REWORDINGS_342``, 2026-12-06), written from how sites word
  and print their posting rules (Bardsey island bulletins, Westerdale papers, Okanogan weeklies, teqball and
  footvolley leagues, smocking and tatting circles, porphyria forums, cattle grid and common land residents, wash
  house museum friends), without reading the cleaner's code or reports: seventeen item kinds (civility to elections,
  with safeguarding, medical and safety advice), each five or six headings and five sentences; a site draws its word
  for what readers send (a quarter never say "comment") and its moderators, two to sixteen items in table order or
  shuffled, one to three sentences an item, heading case and placement (own part or run in) or none, list markers
  (numbers, letters, roman numerals, bullets, "Rule 1:", section numbers) or none, an emphasis style, and now and
  then a section line, a last-updated line, a "Please note" and a sign-off; opening, closing and title lines by
  ``_furnish``. **Held out** for the next change to the notice: its lines not looked at.
- ``reworded-343`` (``seed_families/reworded_343.py``, ``REWORDINGS_343``, 2026-12-06), written from how sites word
  and print their posting rules (Ramsey and Skomer island pages, Baldersdale papers, Methow valley weeklies, cornhole
  and horseshoe pitching leagues, millinery and saddler guilds, achalasia forums, dry stone walling volunteers,
  wayside cross trusts), without reading the cleaner's code or reports: eighteen kinds of item (civility, hatred,
  privacy, safeguarding, moderation delays, topic, advertising, names and accounts, the law, copyright, reporting,
  discretion, corrections and tips, language, warnings and bans, medical advice, safety out of doors, letters for
  print), each five or six headings and five sentences with local colour (Martin's Haven, Ramsey Sound, Cotherstone,
  Twisp, scheduled monuments, Heller myotomy); a site draws its word (post, message, letter ... for a quarter), its
  moderators, two to sixteen items in table order or shuffled, one to three sentences an item, heading case or none,
  headings on their own (bare, stop or colon) or run in (colon, stop or dash), list markers (numbers, letters, roman
  numerals, bullets, dashes, "Rule 1:", section numbers) or none, and by chance an emphasised sentence, a section
  line, a last-updated line, a sign-off and an agreement line; opening, closing and title lines by ``_furnish``.
  **Held out** for the next change to the notice: its lines not looked at.
- ``reworded-344`` (``seed_families/reworded_344.py``, ``REWORDINGS_344``, 2026-12-06), written from how sites word
  and print their posting rules (Caldey island news, Lunedale papers, Big Horn basin weeklies, kin-ball and bossaball
  clubs, meteorite and rock hunting societies, neurofibromatosis forums, hedge laying and thatch conservation groups,
  rifle range heritage friends), without reading the cleaner's code or reports: seventeen kinds of item (civility to
  whose views these are), five or six headings and five sentences each with local colour (the Tenby boat, the dale,
  the Basin, Yellowstone, the Firearms Act, NF1 and NF2); a site draws its word for what readers send (a quarter
  never say "comment") and its moderators, 2-5 or 6-16 kinds in table order or shuffled, one to three sentences an
  item, heading case or none, headings as their own part (bare, stop, colon, in asterisks) or run in after a colon,
  stop or dash, a list marker (numbers, letters, roman numerals, bullets, "Rule 1:", section numbers) or none, and
  now and then a section line, a last-updated line and a sign-off; opening, closing and title lines by ``_furnish``.
  **Held out** for the next change to the notice: its lines not looked at.
- ``reworded-345`` (``seed_families/reworded_345.py``, ``REWORDINGS_345``, 2026-12-06), written from how sites word
  and print their posting rules (Vatersay and Berneray bulletins, Kentmere papers, Powder River weeklies, quidditch
  and slacklining clubs, chair caning and rag rug circles, thalassaemia forums, ha-ha and estate park residents,
  hillfort conservation volunteers), without reading the cleaner's code or reports: seventeen item kinds of five or
  six headings (questions among them) and five sentences, from civility, hate, privacy and safeguarding to transfusion
  and chelation advice, rigging safety, the scheduled monument and dogs beyond the ha-ha; a site draws its word for
  what readers send (a quarter never say "comment") and its moderators, 2-5 or 6-16 items in table order or shuffled,
  one to three sentences an item, heading case and place (own part, bare or with a stop or colon, or run in after a
  colon, stop or dash) or none, bold or italic marks, list markers (numbers, letters, roman numerals, bullets, dashes,
  "Rule 1:", section signs and numbers) or none, section lines, a last-updated line and a sign-off; opening, closing
  and title lines by ``_furnish``. **Held out** for the next change to the notice: its lines not looked at.
- ``reworded-346`` (``seed_families/reworded_346.py``, ``REWORDINGS_346``, 2026-12-06), written from how sites word
  and print their posting rules (Scalpay community pages, Borrowdale papers, Gunnison weeklies, hand bell ringing
  teams, felting and sashiko groups, CRPS and vestibular disorder forums, Tahoe shore residents' panels, Teton valley
  heritage friends), without reading the cleaner's code or reports: seventeen item kinds (civility to campaigning and
  elections, with ferries, crofts, junior ringers, paid patterns, repositioning manoeuvres, lakeshore parcels and
  the Tahoe Regional Planning Agency), each with six headings, some of them questions, and five sentences; a site
  draws its word for what readers send (a quarter never say "comment") and its moderators, two to sixteen items in
  table order or shuffled, one to three sentences an item, heading case or none, headings as parts of their own or
  run in, bold or italic marks or "Q:"/"A:", list markers (numbers, letters, roman numerals, bullets, dashes, "Rule
  1:", section signs and numbers) or none, bullets before sentences, and by chance section lines, a last-updated line
  and a sign-off; opening, closing and title lines by ``_furnish``. **Held out** for the next change to the notice:
  its lines not looked at.
- ``reworded-347`` (``seed_families/reworded_347.py``, ``REWORDINGS_347``, 2026-12-06), written from how sites word
  and print their posting rules (Raasay and Rona island news, Langdale and Mardale papers, Siskiyou and Shasta
  weeklies, footbag clubs, Willamette valley sewing bees, tuberous sclerosis forums, Coos bay harbour users, Humboldt
  redwood trail volunteers), without reading the cleaner's code or reports: seventeen item kinds (civility to safety
  and medical advice, with tributes and condolences added), each five or six headings, questions among them, and five
  sentences with local colour (Gaelic, Scots contempt law, the Coos Bay bar, Humboldt Redwoods, TSC clinics); a site
  draws its word for what readers send (a quarter never say "comment") and its moderators, two to sixteen items in
  table order or shuffled, one to three sentences an item, heading case or none, headings as their own part or run in
  after a colon, stop or dash, starred or bracketed headings, list markers (numbers, letters, roman numerals, bullets,
  dashes, "Rule 1:", section signs and numbers) or none, dropped final stops, and by chance a section line, a
  last-updated line and a sign-off; opening, closing and title lines by ``_furnish``. **Held out** for the next change
  to the notice: its lines not looked at.
- ``reworded-348`` (``seed_families/reworded_348.py``, ``REWORDINGS_348``, 2026-12-06), written from how sites word
  and print their posting rules (Ulva and Rhum bulletins, Wasdale and Ennerdale papers, Umpqua and Deschutes
  weeklies, sepak takraw clubs, Behçet's and hidradenitis forums, Mendocino coast groups, Copper River residents'
  associations, Malheur and Teton conservation volunteers), without reading the cleaner's code or reports: eighteen
  kinds (civility to safety and medical advice, with sensitive wildlife sites and letters' length and deadlines), each
  five or six headings (questions among them) and five sentences with local places and laws; a site draws its word
  for what readers send (a quarter never say "comment") and its moderators, two to sixteen kinds in table order or
  shuffled, one to three sentences an item, heading case or none, headings on their own (bare, stop or colon) or run
  in (colon, stop or dash), sometimes starred, a list marker (numbers, letters, roman numerals, bullets, dashes, "Rule
  1:", section numbers, section signs) or none, and by chance section lines, a last-updated line, one flagged sentence
  and a sign-off; opening, closing and title lines by ``_furnish``. **Held out** for the next change to the notice:
  its lines not looked at.
- ``reworded-349`` (``seed_families/reworded_349.py``, ``REWORDINGS_349``, 2026-12-06), written from how sites word
  and print their posting rules (Stroma and Papa Westray bulletins, Arkengarthdale papers, Sweetwater county weeklies,
  pelota and road bowling clubs, crewel and tapestry circles, Addison's disease forums, mews residents' associations,
  martello tower heritage volunteers), without reading the cleaner's code or reports: eighteen item kinds (the usual
  sixteen with safety on roads, boats and towers, and election letters; Samaritans and adrenal-crisis lines, Scots and
  Wyoming law, bought patterns, ferry-loupers) of five or six headings and five sentences each; a site draws its word
  (a quarter never say "comment") and moderators, 2-5 or 6-16 kinds in table order or shuffled, one to three sentences
  an item, heading case or none, headings on a part of their own or run in after a colon, stop or dash, list markers
  (numbers, letters, roman numerals, bullets, dashes, "Rule 1:", section numbers, section signs) or none, mark-up
  emphasis, an "Important:" flag on a weighty rule, section lines, a last-updated line and a sign-off; opening,
  closing and title lines by ``_furnish``. **Held out** for the next change to the notice: its lines not looked at.
- ``reworded-350`` (``seed_families/reworded_350.py``, ``REWORDINGS_350``, 2026-12-06), written from how sites word
  and print their posting rules (Eday and Rousay community news, Coverdale papers, Gallatin valley weeklies, bat and
  trap leagues, macramé and nalbinding groups, Cushing's and acromegaly forums, Walney residents' panels, grotto and
  folly heritage friends), without reading the cleaner's code or reports: seventeen item kinds (civility, hatred,
  privacy, safeguarding, moderation delays, staying on topic, advertising and selling, names and accounts, the law,
  copyright and patterns, reporting, discretion, corrections and news tips, language, warnings and bans, safety and
  medical advice, access to private land and monuments), each five or six headings and five sentences with local
  colour (island ferries and crofts, press day, fixtures, stitches, hydrocortisone, tides, bat roosts, Scots and
  English law, the First Amendment); a site draws its word for what readers send (a quarter never say "comment") and
  its moderators, 2 to 16 kinds in table order or shuffled, one to three sentences an item, heading case and placement
  (own part, with or without a stop or colon, or run in after a colon, stop or dash, sometimes emphasised) or none,
  list markers (numbers, letters, roman numerals, bullets, dashes, "Rule 1:", section numbers, "§1") or none, and by
  chance a section line, a last-updated line and a sign-off; opening, closing and title lines by ``_furnish``.
  **Held out** for the next change to the notice: its lines not looked at.
- ``reworded-351`` (``seed_families/reworded_351.py``, ``REWORDINGS_351``, 2026-12-06), written from how sites word
  and print their posting rules (Egilsay and Flotta pages, Bishopdale papers, Beaverhead weeklies, aunt sally leagues,
  besom and hurdle makers' guilds, Fabry and Gaucher disease forums, Foulness residents' associations, well dressing
  committees), without reading the cleaner's code or reports: seventeen item kinds (civility to disputes over results,
  access and rulings, with medical and safety advice), each with five or six headings (questions among them) and five
  sentences with local colour (ferries and the kirk, Kirkwall's sheriff court, Dillon, the dolly and sticks,
  billhooks, enzyme replacement therapy, the Broomway and the Landwick checkpoint, well boards); a site draws its word
  for what readers send (a quarter never say "comment") and who moderates, 2-16 items in table order or shuffled, one
  to three sentences an item, heading case or none, headings on their own or run in after a colon, stop or dash, an
  emphasis style, list markers (numbers, letters, roman numerals, bullets, "Rule 1", section numbers, "§", "Clause")
  or none, and by chance section lines, a last-updated line, a contact line and a sign-off; opening, closing and title
  lines by ``_furnish``. **Held out** for the next change to the notice: its lines not looked at.
- ``reworded-352`` (``seed_families/reworded_352.py``, ``REWORDINGS_352``, 2026-12-06), written from how sites word
  and print their posting rules (Burra and Trondra bulletins, Allendale papers, Lemhi valley weeklies, pesäpallo and
  dodgeball clubs, gilding and enamelling societies, Guillain-Barré and Chiari forums, Brownsea and Hilbre
  conservation volunteers), without reading the cleaner's code or reports: eighteen item kinds (civility, hatred,
  privacy, safeguarding, moderation delays, staying on topic, advertising, names and accounts, the law, copyright,
  reporting, discretion, corrections and tips, language, warnings and bans, safety and medical advice, wildlife
  sightings, fair play), each with five or six headings and five sentences; a site draws its word for what readers
  send (a quarter never say "comment") and its moderators, two to sixteen items in table order or shuffled, one to
  three sentences an item, heading case and placement (own part, bare or with a stop or colon, or run in), a list
  marker or none, and habits of its own (section lines, a last-updated line, emphasised headings, "NOT" in capitals, a
  sign-off); opening, closing and title lines by ``_furnish``. **Held out** for the next change to the notice: its
  lines not looked at.
- ``reworded-353`` (``seed_families/reworded_353.py``, ``REWORDINGS_353``, 2026-12-06), written from how sites word
  and print their posting rules (Whalsay and Skerries community news, Rookhope and Deepdale papers, Carson valley
  weeklies, canicross and skijoring clubs, scrimshaw and decoupage circles, Kawasaki disease and Perthes parents'
  forums, Fidra and Inchcolm seabird volunteers), without reading the cleaner's code or reports: eighteen item kinds
  (civility to letters to the editor, with ferries, sheriff courts, dog welfare, ivory law, medical advice and nesting
  seabirds for local colour), five or six headings and five sentences each; a site draws its word for what readers
  send (a quarter never say "comment") and its moderators, two to sixteen items in table order or shuffled, one to
  three sentences an item, heading case and placement (own part, bare or with a stop or colon, or run in), leftover
  emphasis markup, list markers (numbers, letters, Roman numerals, bullets, "Rule 1:", section numbers) or none,
  bulleted sentences, and section, forum by-line, last-updated and sign-off lines; opening, closing and title lines by
  ``_furnish``. **Held out** for the next change to the notice: its lines not looked at.
- ``reworded-354`` (``seed_families/reworded_354.py``, ``REWORDINGS_354``, 2026-12-06), written from how sites word
  and print their posting rules (Papa Stour and Erraid bulletins, Patterdale and Martindale papers, Grande Ronde and
  Imnaha weeklies, coasteering clubs, rush seating groups, Dupuytren's and Paget's forums, Steep Holm and Flat Holm
  conservation volunteers, Goose Lake residents), without reading the cleaner's code or reports: eighteen kinds of
  rule (civility, hatred, privacy, safeguarding, moderation delays, topic, advertising, names, the law, copyright,
  reporting, discretion, corrections and tips, language, bans, safety and medical advice, wildlife, elections), each
  with five or six headings and five sentences with local colour; a site draws its word for what readers send (a
  quarter never say "comment"), its moderators, two to five or six to sixteen items in table or shuffled order, one to
  three sentences an item, heading case and place (own part, run in, or none), list markers (numbers, letters, roman
  numerals, bullets, dashes, "Rule 1:", sections) or none, and habits of its own (bold headings, a capitalised NOT,
  dropped stops in bullet lists, a section line, a last-updated line, a sign-off); opening, closing and title lines by
  ``_furnish``. **Held out** for the next change to the notice: its lines not looked at.
- ``reworded-355`` (``seed_families/reworded_355.py``, ``REWORDINGS_355``, 2026-12-06), written from how sites word
  and print their posting rules (Tresco and Bryher pages, Swindale and Troutbeck papers, Walla Walla and Touchet
  weeklies, outrigger canoe clubs, Prader-Willi and Angelman parents' forums, Honey Lake and Surprise valley
  residents' associations, Lihou causeway heritage friends), without reading the cleaner's code or reports: eighteen
  kinds of rule (civility to campaigning and noticeboard terms, with tides, paddling, diets and valley politics for
  colour), each with five or six headings and five sentences; a site draws its word for what readers send (a quarter
  never say "comment") and its moderators, two to sixteen kinds in order or shuffled, one to three sentences an item,
  heading case and place (own part, bare or with a stop or colon, or run in), emphasis, list markers (numbers,
  letters, roman numerals, bullets, dashes, "Rule 1:", section numbers) or none, and by chance a section line or
  forum post header, a flagged sentence, a last-updated line, a contact line, a sign-off or a "Back to top" link;
  opening, closing and title lines by ``_furnish``. **Held out** for the next change to the notice: its lines not
  looked at.
- ``reworded-356`` (``seed_families/reworded_356.py``, ``REWORDINGS_356``, 2026-12-06), written from how sites word
  and print their posting rules (Oronsay and Shuna bulletins, Grisedale and Longsleddale papers, Asotin and Tucannon
  weeklies, fistball and goalball clubs, clog making and spoon carving guilds, Pompe and Batten disease forums, conker
  and stone skimming championship committees, flint knapping heritage volunteers), without reading the cleaner's code
  or reports: eighteen item kinds of five or six headings (questions among them) and five sentences each, with local
  colour (Gaelic, ferries and broadband to the mainland, offcomers, Scottish hate-crime and UK contempt law,
  Washington law, enzyme replacement therapy, screen readers, knife law, baked conkers, Easdale slate, treasure and
  scheduled monuments); a site draws its word for what readers send (a quarter never say "comment") and its
  moderators, two to sixteen items in table order or shuffled, one to three sentences an item, heading case and place
  (own part, bare or with stop or colon, or run in after colon, stop or dash) or none, an emphasis style, list markers
  (numbers, letters, roman numerals, bullets, dashes, "Rule 1:", section numbers) or none, and now and then a section
  line, a last-updated line, a "Please note:" before one rule, a sign-off or stopless list items; opening, closing and
  title lines by ``_furnish``. **Held out** for the next change to the notice: its lines not looked at.
- ``reworded-357`` (``seed_families/reworded_357.py``, ``REWORDINGS_357``, 2026-12-06), written from how sites word
  and print their posting rules (Shapinsay and Burray bulletins, Mallerstang and Ravenstonedale papers, Yuma and
  Quartzsite weeklies, jai alai and crokinole clubs, saddlery and farriery guilds, Stargardt disease and Usher
  syndrome forums, snail racing and welly wanging championship committees, hedgerow survey volunteers), without
  reading the cleaner's code or reports: seventeen kinds of rule (civility, hatred, privacy, safeguarding, moderation
  delays, staying on topic, advertising, names and accounts, the law, copyright, reporting, discretion, corrections
  and news tips, language, warnings and bans, medical and safety advice, accessibility for screen-reader users), each
  five or six headings (questions among them) and five sentences with local colour (ferry-loupers, Scots law, lambing
  and haytime, Arizona law, the Hedgerows Regulations, registered farriers, vitamin A and Stargardt disease); a site
  draws its word for what readers send (a quarter never say "comment") and who moderates, two to sixteen kinds in
  order or shuffled, one to three sentences an item, headings in sentence case, title case or capitals (perhaps in
  asterisks or underscores) standing alone, with a stop or colon, or run in, or none, list markers (numbers,
  letters, roman numerals, bullets, dashes, "Rule 1:", section numbers, a section sign) or none, and by chance a
  "please read" banner, two titled sections, a last-updated line, a "Please note:" and a sign-off; opening, closing
  and title lines by ``_furnish``. **Held out** for the next change to the notice: its lines not looked at.
- ``reworded-358`` (``seed_families/reworded_358.py``, ``REWORDINGS_358``, 2026-12-06), written from how sites word
  and print their posting rules (Boreray and Soay bulletins, Matterdale and Bannisdale papers, Lovelock and Elko
  weeklies, kubb and mölkky clubs, willow weaving and felt making guilds, Menkes and Canavan disease forums, pancake
  race and bathtub race committees, bat survey volunteers), without reading the cleaner's code or reports: eighteen
  kinds of item (civility, hatred, privacy, safeguarding, moderation delays, topic, advertising, accounts, the law,
  copyright, reporting, discretion, corrections and tips, language, bans, safety and medical advice, roost and nest
  locations, bereaved families), each with five or six headings (questions among them) and five sentences; a site
  draws its word for what readers send (a quarter never say comment) and its moderators, two to sixteen items in table
  order or shuffled, one to three sentences an item, heading case and place (own part, bare or with a stop or colon,
  or run in after a colon, stop or dash) or none, emphasis, list markers (numbers, letters, roman numerals, bullets,
  dashes, "Rule 1:", section signs and numbers), and by chance a section line, a last-updated line and a sign-off;
  opening, closing and title lines by ``_furnish``. **Held out** for the next change to the notice: its lines not
  looked at.
- ``reworded-359`` (``seed_families/reworded_359.py``, ``REWORDINGS_359``, 2026-12-06), written from how sites word
  and print their posting rules (Inchkeith and Cramond bulletins, Bransdale and Eskdaleside papers, Bisbee and
  Tombstone weeklies, stoolball and rounders clubs, rope making and sail making guilds, Noonan and Turner syndrome
  forums, haggis hurling and caber tossing championship committees, charcoal burning heritage volunteers), without
  reading the cleaner's code or reports: nineteen kinds of item (civility to safety, medical advice, officials'
  decisions and noticeboard listings), each five or six headings (questions among them) and five sentences with
  local colour; a site draws its word for what readers send (a quarter never say "comment") and its moderators, two
  to sixteen items in table order or shuffled, one to three sentences an item, heading case and placement (a part of
  their own, bare or with a stop or colon, or run in after a colon, stop or dash, sometimes emphasised) or none, list
  markers (numbers, letters, roman numerals, bullets, dashes, "Rule 1:", section numbers, section signs) or none,
  dropped final stops, and by chance a section line, a last-updated line and a signed-off site name; opening, closing
  and title lines by ``_furnish``. **Held out** for the next change to the notice: its lines not looked at.
- ``reworded-360`` (``seed_families/reworded_360.py``, ``REWORDINGS_360``, 2026-12-06), written from how sites word
  and print their posting rules (Davaar and Pladda bulletins, Redesdale and Coquetdale papers, Safford and Payson
  weeklies, ringette and sledge hockey clubs, boatbuilding and clockmaking guilds, Fragile X and Williams syndrome
  forums, raft race and duck race committees, church change ringing bands), without reading the cleaner's code or
  reports: seventeen item kinds (civility, hatred, privacy, safeguarding, moderation delays, topic, advertising,
  names and accounts, the law, copyright, reporting, discretion, corrections and news tips, language, warnings and
  bans, safety and medical advice, valuations and sales), each five or six headings and five sentences with local
  colour (the Kilbrannan Sound, the Otterburn Ranges, Graham and Gila counties, the Rule of Two, BellBoard, IPSO);
  a site draws its word for what readers send ("comment", or for one site in four post, message, reply,
  contribution, letter, posting or notice and never "comment"), its moderators, two to five or six to seventeen
  items in table order or shuffled, one to three sentences an item, headings in sentence, title or capital case or
  none, standing alone (bare, stop, colon or markdown stars) or run in after a colon, stop or dash, a list marker
  (numbers, letters, roman numerals, bullets, dashes, "Rule 1:", "Guideline 1:", section numbers, § ...) or none,
  and by chance an "Important:" before one sentence, a section line, a last-updated line and a sign-off; opening,
  closing and title lines by ``_furnish``. **Held out** for the next change to the notice: its lines not looked at.
- ``reworded-361`` (``seed_families/reworded_361.py``, ``REWORDINGS_361``, 2026-12-06), written from how sites word
  and print their posting rules (Ailsa Craig and Lochranza bulletins, Tarset and Kielder papers, Snowflake and
  Holbrook weeklies, wheelchair rugby and torball clubs, organ building and macrame guilds, Klinefelter syndrome and
  achondroplasia forums, lawnmower racing and coal carrying committees, maypole and mummers troupes), without reading
  the cleaner's code or reports: seventeen item kinds (civility to events notices, with ferries, court contempt,
  testosterone and vosoritide, mower blades and the coal race), five or six headings and five sentences each; a site
  draws its word for what readers send ("comment" on three in four), its moderators, 2-16 items in table order or
  shuffled, one to three sentences an item, headings in sentence or title case or capitals or none, standing alone or
  run in after a colon, stop or dash, bracketed or marked-down emphasis, a list marker (numbers, letters, roman
  numerals, "Rule 1:", section numbers, bullets) or none, a shouted "NOT", and a section, summary, last-updated,
  contact or sign-off line; opening, closing and title lines by ``_furnish``. **Held out** for the next change to
  the notice: its lines not looked at.
- ``reworded-362`` (``seed_families/reworded_362.py``, ``REWORDINGS_362``, 2026-12-06), written from how sites word
  and print their posting rules (Isleornsay bulletins, Bellingham and Otterburn papers, Winslow and Kayenta weeklies,
  glima and schwingen clubs, ikebana and meccano societies, osteogenesis imperfecta and amyloidosis forums, barrel
  rolling and straw bale race committees, clog dancing teams), without reading the cleaner's code or reports:
  seventeen item kinds (civility to results and judging), each five or six headings with questions among them and
  five sentences, the first answering the questions; a site draws its word for what readers send ("comment" for
  three in four), its moderators, two to sixteen items in table order or shuffled, one to three sentences an item,
  heading case or none, headings on their own or run in, Q-and-A printing, list markers (numbers, letters, roman
  numerals, bullets, "Rule 1:", section numbers, "Art. 1") or none, and by chance a section line, a last-updated
  line, starred or underscored headings, a "Please note:" and a sign-off; opening, closing and title lines by
  ``_furnish``. **Held out** for the next change to the notice: its lines not looked at.
- ``reworded-363`` (``seed_families/reworded_363.py``, ``REWORDINGS_363``, 2026-12-06), written from how sites word
  and print their posting rules (Monticello and Escalante weeklies, Panguitch and Kanab papers, hornussen and
  shuffleboard clubs, kendama and diabolo groups, Moyamoya and syringomyelia forums, ileostomy support groups, goat
  show and cavy fanciers' societies, giant vegetable and leek growing shows), without reading the cleaner's code or
  reports: seventeen item kinds (civility, hatred, privacy, safeguarding, moderation delays, staying on topic,
  advertising and sales, names and accounts, the law, copyright, reporting, discretion, corrections and tips,
  language, warnings and bans, medical advice and safety, judges and show results), each with five or six headings
  and five sentences; a site draws its word for what readers send (a quarter never say "comment") and its
  moderators, two to sixteen kinds in table order or shuffled, one to three sentences an item, heading case and
  placement (own part or run in), list markers (numbers, letters, roman numerals, bullets, "Rule 1:", section
  numbers, "§") and habits of its own (bold headings, "do NOT", an "IMPORTANT:" lead-in, section lines, a
  last-updated line, a sign-off); opening, closing and title lines by ``_furnish``. **Held out** for the next change
  to the notice: its lines not looked at.
- ``reworded-364`` (``seed_families/reworded_364.py``, ``REWORDINGS_364``, 2026-12-06), written from how sites word
  and print their posting rules (Torrey and Fredonia weeklies, Mancos and Ouray papers, Silverton and Creede
  bulletins, rogaining and mushing clubs, canyoning and punting outfits, PKU and galactosaemia parents' forums, land
  sailing and ice yacht clubs, jousting and juggling festivals), without reading the cleaner's code or reports:
  seventeen item kinds (civility to buying, selling and swaps), each six headings with questions among them and five
  sentences with local colour; a site draws its word for what readers send (a quarter never say "comment") and its
  moderators, two to sixteen kinds in table order or shuffled, one to three sentences an item, heading case or none,
  headings on a part of their own or run in after a colon, stop or dash (now and then in bold marks), a list marker
  (numbers, letters, roman numerals, bullets, dashes, "Rule 1:", section numbers, section signs) or none, and by
  chance a section line, a last-updated line and a sign-off; opening, closing and title lines by ``_furnish``.
  **Held out** for the next change to the notice: its lines not looked at.
- ``reworded-365`` (``seed_families/reworded_365.py``, ``REWORDINGS_365``, 2026-12-06), written from how sites word
  and print their posting rules (Swona and Graemsay bulletins, Kingsdale and Raydale papers, Quemado and Datil
  weeklies, octopush and underwater rugby clubs, coopering and bodging guilds, Niemann-Pick disease and Sanfilippo
  syndrome parents' forums, worm charming and gurning championship committees, toad patrol volunteers), without
  reading the cleaner's code or reports: ``REWORDINGS_365`` holds seventeen kinds of item (the usual fifteen, from
  civility to warnings and bans, plus medical advice and championship or patrol matters), five headings and five
  sentences each. ``_items_365`` draws a site's word (comment for three sites in four, else one other word
  throughout), its moderators, two to sixteen items in table order or shuffled, one to three sentences an item,
  heading case and placement (none, bare, stop, colon, or run in), list markers, and habits (section line, last-
  updated line, sign-off, "Please note:", bold); opening, closing and title lines by ``_furnish``. **Held out** for
  the next change to the notice: its lines not looked at.
- ``reworded-366`` (``seed_families/reworded_366.py``, ``REWORDINGS_366``, 2026-12-06), written from how sites word
  and print their posting rules (Out Skerries and Housay bulletins, Wythburn and Naddle papers, Pie Town and Magdalena
  weeklies, tchoukball and kho kho clubs, millwright and stonemason guilds, Alport syndrome and cystinosis forums, toe
  wrestling and shin kicking committees, otter survey volunteers), without reading the cleaner's code or reports:
  ``REWORDINGS_366`` holds eighteen kinds of item (civility, hatred, privacy, safeguarding, moderation delays, topic,
  advertising, accounts, the law, copyright, reporting, discretion, corrections and tips, language, bans, medical
  advice, otter sites, disputed results), six headings and five sentences each. ``_items_366`` draws a site's word
  ("comment" three sites in four, else one of seven others, never "comment" then), its moderators (thirteen ways), two
  to sixteen items in table order or shuffled, one to three sentences an item, heading case and placement (alone, run
  in, or none), markers (numbers, letters, roman, bullets, dashes, rules, sections, section signs, or none) and habits
  (section line, last-updated line, sign-off, "Please note:" lead-in, bold headings); opening, closing and title lines
  by ``_furnish``. **Held out** for the next change to the notice: its lines not looked at.
- ``reworded-367`` (``seed_families/reworded_367.py``, ``REWORDINGS_367``, 2026-12-06), written from how sites word
  and print their posting rules (Muckle Roe and Mousa bulletins, Mosedale and Cotterdale papers, Wagon Mound and Eagle
  Nest weeklies, eton fives and polocrosse clubs, silversmith and harp making guilds, Sturge-Weber and Kabuki syndrome
  forums, black pudding throwing and pea shooting championship committees, water vole volunteers), without reading the
  cleaner's code or reports: ``REWORDINGS_367`` holds eighteen kinds of item (the usual fifteen plus medical advice,
  sensitive wildlife sites, results and disputes), each with five or six headings and five sentences. ``_items_367``
  draws a site's word ("comment" three times in four), its moderators, two to sixteen items in table or shuffled
  order, one to three sentences an item, heading case and placement (own part or run in), list markers, and habits
  (section line, last-updated line, lead-ins, emphasis, sign-off); opening, closing and title lines by ``_furnish``.
  **Held out** for the next change to the notice: its lines not looked at.
- ``reworded-368`` (``seed_families/reworded_368.py``, ``REWORDINGS_368``, 2026-12-06), written from how sites word
  and print their posting rules (Fara and Cava bulletins, Apedale and Widdale papers, Questa and Chama weeklies,
  powerchair football and sculling clubs, lampwork and soap making groups, Cornelia de Lange and Smith-Magenis
  syndrome forums, wife carrying and tin bath race committees, dormouse survey volunteers), without reading the
  cleaner's code or reports: ``REWORDINGS_368`` holds eighteen kinds of item (the usual fifteen plus medical advice,
  kit and race safety, and protected survey sites), each with five or six headings and five sentences. ``_items_368``
  draws a site's word, one of twelve names for its moderators, two to sixteen items in table or shuffled order, one to
  three sentences an item, heading case and placement (own line or run in), list markers and habits (section line,
  last-updated line, sign-off, "Please note:", bold); opening, closing and title lines by ``_furnish``. **Held out**
  for the next change to the notice: its lines not looked at.
- ``reworded-369`` (``seed_families/reworded_369.py``, ``REWORDINGS_369``, 2026-12-06), written from how sites word
  and print their posting rules (Inchmurrin and Inchcailloch bulletins, Crummackdale and Ribblesdale papers, Dulce and
  Cuba (New Mexico) weeklies, flyball and rabbit hopping clubs, candle making and leatherwork guilds, Treacher Collins
  and Stickler syndrome forums, egg throwing and custard pie championship committees, seed library volunteers),
  without reading the cleaner's code or reports: ``REWORDINGS_369`` holds nineteen kinds of item (the usual fifteen
  plus medical advice, animal welfare, sales and seed swaps, results disputes), six headings and five sentences each.
  ``_items_369`` draws a site's word ("comment" three times in four), its moderators (twelve ways), two to sixteen
  items in table order or shuffled, one to three sentences an item, heading case or none, headings standing or run in,
  list markers or none, and habits (section line, last-updated line, sign-off, "Please note:", emphasis); opening,
  closing and title lines by ``_furnish``. **Held out** for the next change to the notice: its lines not looked at.
- ``reworded-370`` (``seed_families/reworded_370.py``, ``REWORDINGS_370``, 2026-12-06), written from how sites word
  and print their posting rules (Inchkenneth and Gometra bulletins, Colsterdale and Scargill papers, Carrizozo and
  Capitan weeklies, stunt kite and kite flying clubs, knife making and net making guilds, Dravet syndrome and Aicardi
  syndrome forums, bed race and coffin race committees, footpath warden volunteers), without reading the cleaner's
  code or reports: ``REWORDINGS_370`` holds eighteen kinds of item (civility, hatred, privacy, children, moderation,
  topic, spam, accounts, law, copyright, reporting, discretion, corrections, language, bans, medical advice, safety,
  sales), each with five or six headings and five sentences. ``_items_370`` draws a site's word ("comment" three times
  in four), its moderators, two to sixteen items in order or shuffled, one to three sentences each, heading case and
  placement (bare, stopped, colon, run in), markers, and habits (section line, last-updated line, sign-off, "Please
  note:", emphasis); opening, closing and title lines by ``_furnish``. **Held out** for the next change to the notice:
  its lines not looked at.
- ``reworded-371`` (``seed_families/reworded_371.py``, ``REWORDINGS_371``, 2026-12-06), written from how sites word
  and print their posting rules (Taransay and Mingulay bulletins, Stainmore and Ravenseat papers, Tularosa and
  Cloudcroft weeklies, mudlarking and letterboxing groups, kilt making and hat making guilds, Joubert syndrome and
  Bardet-Biedl syndrome forums, nettle eating and pie eating championship committees, milestone society and fingerpost
  volunteers), without reading the cleaner's code or reports: ``REWORDINGS_371`` has eighteen kinds (civility, hatred,
  privacy, children, moderation delays, topic, spam, accounts, law, copyright, reporting, discretion, corrections and
  tips, language, bans, medical advice, locations and finds, championship results), six headings and five sentences
  each. ``_items_371`` draws a site's word, moderators, two to sixteen items in table or shuffled order, one to three
  sentences an item, heading case and placement, markers and habits (section, last-updated, sign-off, "Please note:",
  emphasis); opening, closing and title lines by ``_furnish``. **Held out** for the next change to the notice: its
  lines not looked at.
- ``reworded-372`` (``seed_families/reworded_372.py``, ``REWORDINGS_372``, 2026-12-06), written from how sites word
  and print their posting rules (Pabbay and Sandray bulletins, Muker and Gunnerside papers, Lordsburg and Animas
  weeklies, rockhound and shell collecting clubs, shoemaking and cordwaining guilds, epidermolysis bullosa and
  hereditary angioedema forums, dwile flonking and gravy wrestling committees, repair cafe volunteers), without
  reading the cleaner's code or reports: ``REWORDINGS_372`` has eighteen kinds (the fifteen usual ones plus medical
  advice, responsible collecting, repair safety), each with five or six headings and five sentences. ``_items_372``
  draws the site's word ("comment" three times in four), its moderators, two to sixteen items in table or shuffled
  order, one to three sentences each, heading case and placement (standing, with stop or colon, or run in), markers,
  and habits (section line, last-updated line, sign-off, "Please note:", emphasis); opening, closing and title lines
  by ``_furnish``. **Held out** for the next change to the notice: its lines not looked at.
- ``reworded-373`` (``seed_families/reworded_373.py``, ``REWORDINGS_373``, 2026-12-06), written from how sites word
  and print their posting rules (Bressay and Noss bulletins, Askrigg and Bainbridge papers, Mosquero and Folsom
  weeklies, quadball and bar billiards clubs, pewter and mosaic guilds, Krabbe disease and Moebius syndrome forums,
  bog snorkelling and cheese rolling committees, litter pick volunteers), without reading the cleaner's code or
  reports: ``REWORDINGS_373`` holds eighteen kinds of item (the fifteen usual ones from civility to warnings and bans,
  plus medical advice, event safety, and buying and selling), each with five or six headings and five sentences.
  ``_items_373`` draws a site's word ("comment" three times in four), its moderators (one of twelve), two to sixteen
  items in table order or shuffled, one to three sentences an item, heading case (sentence, title, capitals or none)
  and placement (standing, or run in), list markers (twelve styles or none) and habits (section line, last-updated
  line, sign-off, "Please note:", emphasis); opening, closing and title lines by ``_furnish``. **Held out** for the
  next change to the notice: its lines not looked at.
- ``reworded-374`` (``seed_families/reworded_374.py``, ``REWORDINGS_374``, 2026-12-06), written from how sites word
  and print their posting rules (Gairsay and North Ronaldsay bulletins, Keld and Thwaite papers, Springer and Truchas
  weeklies, sitting volleyball and racketball clubs, fletchers' and bowyers' guilds, Wilson's disease and Cri du chat
  syndrome forums, outhouse race and rubber duck race committees, butterfly transect volunteers), without reading the
  cleaner's code or reports: ``REWORDINGS_374`` holds eighteen kinds of item (the fifteen usual ones plus medical
  advice, records and race results, equipment sales), six headings and five sentences each. ``_items_374`` draws the
  site's word ("comment" three times in four, else one it keeps throughout), its moderators, two to sixteen items in
  table order or shuffled, one to three sentences an item, heading case and placement (none, standing, run in),
  markers or none, and habits (section line, last-updated line, sign-off, "Please note:", emphasis); opening, closing
  and title lines by ``_furnish``. **Held out** for the next change to the notice: its lines not looked at.
- ``reworded-375`` (``seed_families/reworded_375.py``, ``REWORDINGS_375``, 2026-12-06), written from how sites word
  and print their posting rules (Vementry and Uyea bulletins, Malham and Austwick papers, Chimayo and Abiquiu
  weeklies, bicycle polo and broomball clubs, pole lathe and sign writing guilds, Phelan-McDermid and Rubinstein-Taybi
  syndrome forums, hay bale race and sheep racing committees, owl box volunteers), without reading the cleaner's code
  or reports: ``REWORDINGS_375`` holds eighteen kinds of item (the fifteen usual ones, from civility to warnings and
  bans, plus medical advice, nest sites and animal welfare, events and notices), each with five or six headings and
  five sentences. ``_items_375`` draws a site's word ("comment" three times in four, else another word and never
  "comment"), one of thirteen names for moderators, two to sixteen items in table order or shuffled, one to three
  sentences an item, heading case and placement (none, own part, or run in), list markers and, by chance, a section
  line, a last-updated line, a sign-off, a "Please note:" lead-in or emphasis; opening, closing and title lines by
  ``_furnish``. **Held out** for the next change to the notice: its lines not looked at.
- ``reworded-376`` (``seed_families/reworded_376.py``, ``REWORDINGS_376``, 2026-12-06), written from how sites word
  and print their posting rules (Oxna and Hildasay bulletins, Ingleton and Grassington papers, Gallina and Glenwood
  weeklies, slacklining and horseball clubs, wood carving and bladesmith guilds, Sotos and Coffin-Siris syndrome
  forums, pram race and duck herding committees, riverfly monitoring volunteers), without reading the cleaner's code
  or reports: ``REWORDINGS_376`` holds eighteen kinds of item (the fifteen common ones from civility to warnings and
  bans, plus medical advice, blade and rigging safety, river pollution and records), each with five or six headings
  and five sentences. ``_items_376`` draws a site's word (comment, or post, letter, note and the like throughout), its
  moderators, two to sixteen items in table or shuffled order, one to three sentences an item, heading case and
  placement (standing or run in), list markers and habits (section line, last-updated line, sign-off, "Please note:"
  lead-in, emphasis); opening, closing and title lines by ``_furnish``. **Held out** for the next change to the
  notice: its lines not looked at.
- ``reworded-377`` (``seed_families/reworded_377.py``, ``REWORDINGS_377``, 2026-12-06), written from how sites word
  and print their posting rules (Linga and Samphrey bulletins, Lofthouse and Middlesmoor papers, Hillsboro and Hachita
  weeklies, mounted games and tent pegging clubs, chandlers' and tinsmiths' guilds, Pitt-Hopkins and Costello syndrome
  forums, tar barrel and bottle kicking committees, dew pond restoration volunteers), without reading the cleaner's
  code or reports: ``REWORDINGS_377`` holds eighteen kinds of item (the usual fifteen plus medical advice, events and
  safety, photographs), each with five or six headings and five sentences. ``_items_377`` draws a site's word
  ("comment" for about three sites in four, else another it uses throughout), its moderators, two to sixteen items in
  table or shuffled order, one to three sentences an item, heading case and placement (standing, or run in), list
  markers and its own habits (section line, last-updated line, sign-off, "Please note:" lead-in, emphasis); opening,
  closing and title lines by ``_furnish``. **Held out** for the next change to the notice: its lines not looked at.
- ``reworded-378`` (``seed_families/reworded_378.py``, ``REWORDINGS_378``, 2026-12-06), written from how sites word
  and print their posting rules (Bigga and Hascosay bulletins, Ramsgill and Aysgarth papers, Tucumcari and Elida
  weeklies, clay pigeon and longbow clubs, coppersmith and wicker work guilds, Kleefstra and Wolfram syndrome forums,
  chilli eating and pipe smoking championship committees, oral history volunteers), without reading the cleaner's code
  or reports: ``REWORDINGS_378`` holds eighteen kinds of item (civility through warnings and bans, plus medical
  advice, safety and results, recordings and memories), six headings and five sentences each. ``_items_378`` draws a
  site's word ("comment" three times in four), its moderators, two to sixteen items in table or shuffled order, one to
  three sentences an item, heading case and placement (standing or run in), list markers, and habits (section line,
  last-updated line, sign-off, "Please note:" lead-in, emphasis); opening, closing and title lines by ``_furnish``.
  **Held out** for the next change to the notice: its lines not looked at.
- ``reworded-379`` (``seed_families/reworded_379.py``, ``REWORDINGS_379``, 2026-12-06), written from how sites word
  and print their posting rules (Balta and Lunna bulletins, Carperby and Redmire papers, Lovington and Eunice
  weeklies, crossbow and jugger clubs, paper making and fly tying guilds, Tay-Sachs and Sandhoff disease forums, beard
  and moustache and snuff taking championship committees, seal count volunteers), without reading the cleaner's code
  or reports: ``REWORDINGS_379`` has eighteen kinds of item (civility, hate, privacy, children, moderation delays,
  topic, spam, accounts, law, copyright, reporting, discretion, corrections and tips, language, bans, medical advice,
  seal locations, judging disputes), five or six headings and five sentences each. ``_items_379`` draws a site's word
  (comment three times in four, else one used throughout), its moderators, two to sixteen kinds in table or shuffled
  order, one to three sentences an item, heading case and placement (standing or run in), markers, and by chance a
  section line, last-updated line, sign-off, "Please note:" lead-in or emphasis; opening, closing and title lines by
  ``_furnish``. **Held out** for the next change to the notice: its lines not looked at.
- ``reworded-380`` (``seed_families/reworded_380.py``, ``REWORDINGS_380``, 2026-12-06), written from how sites word
  and print their posting rules (Ensay and Killegray bulletins, Leyburn and Middleham papers, Mayhill and Hondo
  weeklies, cycle speedway and motoball clubs, drum making and violin making guilds, Alagille and Hirschsprung disease
  forums, marbles and tiddlywinks championship committees, curlew and lapwing survey volunteers), without reading the
  cleaner's code or reports: ``REWORDINGS_380`` holds eighteen kinds of item (the fifteen common ones plus medical
  advice, sensitive nesting records, results and disputes), each with five or six headings and five sentences.
  ``_items_380`` draws the site's word ("comment" three times in four), its moderators, two to sixteen items in table
  order or shuffled, one to three sentences an item, heading case or none, headings standing alone or run in, list
  markers, and habits (section line, last-updated line, sign-off, "Please note:", emphasis); opening, closing and
  title lines by ``_furnish``. **Held out** for the next change to the notice: its lines not looked at.
- ``discussed`` (**held out**, precision): the seed-family document with one article paragraph
  that discusses the site's comment rules in prose (``DISCUSSIONS``), which must stay.

For each family: line-removal precision, recall and F1 (as quality_realtext: a line counts as removed
when no output line still holds it), the share of documents whose output is exactly the article
(its paragraphs repaired, one per line), and the article lines lost. ``--against CHECKOUT`` scores a
checkout of another version (its ``src`` first on the path, e.g. main) on the same documents in the
same run.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import NamedTuple

sys.path.insert(0, str(Path(__file__).resolve().parent))

from metrics import line_is_kept, removal_scores
from results import save
from seed_families import ITEMS

import cleantext

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "fixtures" / "seed" / "chile_border.clean.txt"
REALTEXT = ROOT.parent / "shared" / "data" / "realtext_dev.jsonl"


def _seed_policy() -> tuple[tuple[str, str], ...]:
    """The seed's policy, (heading, sentence) per item in its order: its last seven lines, one item each."""
    lines = (SEED.parent / "chile_border.raw.txt").read_text(encoding="utf-8").splitlines()[-7:]
    return tuple(
        (line[: line.index(". ") + 1], line[line.index(". ") + 2 :]) if ". " in line else ("", line) for line in lines
    )


POLICY = _seed_policy()
#: Held out: rewordings a site of the family may print, per item (heading choices, sentence choices).
REWORDINGS = (
    (
        ("Keep it Clean.", "Keep It Civil.", "Keep it clean and civil."),
        (
            "Please avoid obscene, vulgar, lewd, racist or sexually-oriented language or images.",
            "Avoid obscene, vulgar, lewd, racist or sexually-oriented language.",
        ),
    ),
    (("",), ("Please turn off your caps lock.", "PLEASE TURN OFF YOUR CAPS LOCK!")),
    (
        ("Don't Threaten or Abuse.", "No Threats.", "Don\u2019t Threaten."),
        (
            "Threats of harming another person or their property will not be tolerated.",
            "Threats of harming anyone will not be tolerated.",
        ),
    ),
    (("Be Honest.", "Be Truthful."), ("Do not knowingly lie about anyone or anything.",)),
    (
        ("Be Nice and Respectful.", "Be Kind."),
        ("No racism, sexism or any other -ism that is degrading to another person.",),
    ),
    (
        ("Help Us Out.", "Be Proactive."),
        (
            "Use the \u2018Report\u2019 link on each comment to let us know of abusive posts.",
            "Click the 'Report' link on any comment to tell us about abusive posts.",
        ),
    ),
    (
        ("Share Your Story.", "Share with Us."),
        (
            "We\u2019d love to hear eyewitness accounts and the history behind an article.",
            "We would love to hear eyewitness accounts, the history behind an article.",
        ),
    ),
)
#: Held out a second time: rewordings written after the first figures on ``REWORDINGS`` were seen and
#: before the notice's rules changed again (the list above had then judged them once).
REWORDINGS_2 = (
    (
        ("Keep It Clean!", "Clean Language Only."),
        (
            "Please avoid obscene, vulgar, lewd, racist or sexually oriented language.",
            "We ask that you avoid obscene, vulgar, lewd, racist or sexually-oriented language.",
        ),
    ),
    (("",), ("Please turn off caps lock.", "TURN OFF YOUR CAPS LOCK, PLEASE.")),
    (
        ("Don't Threaten Others.", "No Threats or Abuse."),
        (
            "Threats of harming another person won't be tolerated.",
            "Threats of harming another person will not be tolerated and may be reported to police.",
        ),
    ),
    (
        ("Tell the Truth.", "Be Accurate."),
        ("Don't knowingly lie about anyone.", "Never knowingly lie about anyone or anything."),
    ),
    (
        ("Be Civil.", "Be Nice to Others."),
        (
            "No racism, sexism or any sort of -ism that degrades another person.",
            "No racism, sexism, homophobia or any sort of -ism that is degrading to another person.",
        ),
    ),
    (
        ("Report Abuse.", "Be Proactive!"),
        (
            "Use the 'Report' link on each comment to let us know of abusive posts.",
            "Use the Report link beside each comment to alert us to abusive posts.",
        ),
    ),
    (
        ("Tell Us More.", "Share With Us."),
        (
            "We'd love to hear your eyewitness accounts and the history behind an article.",
            "We want to hear eyewitness accounts, the history behind a story.",
        ),
    ),
)
#: Held out a third time: written after the figures on ``REWORDINGS_2`` were seen (not its lines) and
#: before the third change to the notice's rules; no rule was chosen by looking at it.
REWORDINGS_3 = (
    (
        ("Keep It Clean.", "Keep Comments Clean."),
        (
            "Avoid obscene, vulgar, lewd, racist or sexually-oriented language, please.",
            "Please don't use obscene, vulgar, lewd, racist or sexually-oriented language.",
        ),
    ),
    (("",), ("Please switch off your caps lock.", "PLEASE TURN OFF YOUR CAPS LOCK.")),
    (
        ("Don't Threaten.", "Never Threaten."),
        (
            "We will not tolerate threats of harming another person.",
            "Threats of harming another person will not be tolerated.",
        ),
    ),
    (
        ("Be Truthful.", "Be Truthful and Fair."),
        ("Don't knowingly lie about anyone or anything, ever.", "Do not lie about anyone or anything."),
    ),
    (
        ("Be Nice.", "Be Nice, Please."),
        (
            "No racism, sexism or any sort of -ism that is degrading to another person.",
            "Racism, sexism or any sort of -ism that degrades another person is not allowed.",
        ),
    ),
    (
        ("Be Proactive.", "Flag Abuse."),
        (
            "Use the 'Report' link on each comment to let us know of abusive posts.",
            "Let us know of abusive posts with the 'Report' link on each comment.",
        ),
    ),
    (
        ("Share with Us.", "Tell Us Your Story."),
        (
            "We'd love to hear eyewitness accounts, the history behind an article.",
            "We'd love to hear from eyewitnesses and about the history behind an article.",
        ),
    ),
)
#: Held out a fourth time: the policy as other newspaper CMSs word it (other items, headings and sentences,
#: British and American spelling), written before the fifth change to the notice's rules from how such
#: policies are phrased, not from the rules; a document draws three to eight of its items in a random order.
REWORDINGS_4 = (
    (
        ("Be Respectful.", "Respect Others.", "Be Courteous."),
        (
            "Treat other commenters as you would like to be treated.",
            "Personal attacks, insults and name-calling will be removed.",
            "Criticise ideas, not people.",
        ),
    ),
    (
        ("Stay on Topic.", "Keep It Relevant.", "Stay On Topic!"),
        (
            "Comments should relate to the article they are posted under.",
            "Off-topic comments may be removed by our moderators.",
        ),
    ),
    (
        ("No Spam.", "No Advertising."),
        (
            "Do not post links to commercial websites or promote products and services.",
            "Spam, chain letters and repeated posts will be deleted.",
        ),
    ),
    (
        ("Keep It Civil.", "Be Civil.", "Keep it Civilised."),
        (
            "Offensive, abusive or obscene language is not permitted.",
            "Please refrain from using profanity, slurs or offensive language.",
            "We will remove comments that are abusive, offensive or defamatory.",
        ),
    ),
    (
        ("Protect Privacy.", "Respect Privacy."),
        (
            "Don't post anyone's personal information, such as addresses or phone numbers.",
            "Do not share private details about yourself or others.",
        ),
    ),
    (
        ("No Impersonation.", "Be Yourself."),
        (
            "Do not pretend to be another person or organisation.",
            "Don't impersonate other users, public figures or our staff.",
            "Do not pretend to be another person or organization.",
        ),
    ),
    (
        ("Flag It.", "Report Abuse.", "Tell Us About Problems."),
        (
            "If you see a comment that breaks these rules, click 'Flag' to alert our moderators.",
            "Use the flag icon to report comments you find offensive or inappropriate.",
            "Use the \u2018Report\u2019 button to tell our moderation team about unacceptable behaviour.",
        ),
    ),
    (
        ("Obey the Law.", "Stay Legal."),
        (
            "Do not post anything that is defamatory, libellous or in contempt of court.",
            "Comments that are libelous or infringe copyright will be removed.",
        ),
    ),
    (
        ("No Hate Speech.", "No Discrimination."),
        (
            "Comments that attack people based on race, religion, gender or sexual orientation will be removed.",
            "We do not tolerate discrimination on the grounds of colour, religion or disability.",
        ),
    ),
    (
        ("Use Your Real Name.", "Be Accountable."),
        (
            "We encourage you to comment under your real name.",
            "Stand behind your words: comment under the name you use in everyday life.",
        ),
    ),
    (
        ("We Moderate.", "Our Right to Remove."),
        (
            "We reserve the right to remove any comment at our discretion.",
            "Moderators may edit or delete comments that violate these guidelines and ban repeat offenders.",
            "Repeat offences may lead to your account being suspended.",
            "Repeat offenses may lead to your account being suspended.",
        ),
    ),
    (("",), ("No shouting: please don't write in all capitals.", "DON'T TYPE IN ALL CAPS.")),
)
#: Held out a fifth time (2026-12-02): written before the sixth change to the notice's rules, from how news
#: sites word and print their comment guidelines, not from the rules nor from ``REWORDINGS_4``'s sentences:
#: other items, headings in title or sentence case, items printed without a heading, two to seven of them.
REWORDINGS_5 = (
    (
        ("Be Civil.", "Keep It Polite.", ""),
        (
            "Please keep comments civil.",
            "Disagree without being disagreeable.",
            "Name-calling and personal insults aren't allowed.",
        ),
    ),
    (
        ("Stick to the story.", "Be Relevant.", ""),
        ("Comments should be about the article above.", "Posts unrelated to the story may be taken down."),
    ),
    (
        ("No Links or Ads.", "No self-promotion."),
        (
            "Posts selling products or linking to outside sites will be removed.",
            "Don't use the comment section to advertise.",
        ),
    ),
    (
        ("Mind the Law.", "No Defamation."),
        (
            "Don't accuse anyone of a crime they haven't been charged with.",
            "You are legally responsible for what you post.",
            "Don't name victims of sexual offences or juveniles charged with crimes.",
        ),
    ),
    (
        ("Keep Private Info Private.", "Privacy Matters."),
        (
            "Never post email addresses, phone numbers or home addresses.",
            "Do not share someone else\u2019s personal details.",
        ),
    ),
    (
        ("One Account Per Person.", "No sock puppets."),
        (
            "Creating multiple accounts to evade a ban is not allowed.",
            "Using more than one username will get all of them blocked.",
        ),
    ),
    (
        ("Moderation.", "About Moderation.", "We Review Comments."),
        (
            "Comments are reviewed by our staff and may take some time to appear.",
            "Editors may remove comments that break these rules without notice.",
            "We don't edit comments; we either publish them or we don't.",
        ),
    ),
    (
        ("Respect Copyright.", "Your Own Words."),
        (
            "Don't paste whole articles or other people's work into a comment.",
            "Quote briefly and give credit when you share someone else's words.",
        ),
    ),
    (
        ("See Something?", "Report It.", "Let Us Know."),
        (
            "Click 'Report' under a comment that breaks these guidelines.",
            "Use the report button and a moderator will take a look.",
        ),
    ),
    (
        ("",),
        (
            "By commenting, you agree to our Terms of Use and Privacy Policy.",
            "Comments reflect the views of their authors, not of this newspaper.",
        ),
    ),
    (
        ("English Only.", "Write Clearly."),
        ("Comments must be written in English.", "Avoid writing entirely in capital letters; it reads as shouting."),
    ),
    (("",), ("Comments close 72 hours after a story is published.",)),
)
#: Titles and opening lines some sites print above such a policy (reworded-5 only).
POLICY_TITLES_5 = (
    "Commenting Guidelines",
    "Before You Comment",
    "Join the Conversation",
    "Reader Comment Policy",
    "Rules of the Road:",
    "Comments Policy",
)
POLICY_INTROS_5 = (
    "We welcome your comments, but please follow these rules.",
    "We want this to be a place for thoughtful discussion.",
)
#: A title some sites print above the policy (reworded-4 only).
POLICY_TITLES = ("Community Guidelines", "Comment Policy", "Our House Rules", "Commenting Rules:")
DISCUSSIONS = (
    "The paper said comments are moderated because readers had posted threats of harming another person.",
    "Under the new rules, readers who use obscene, vulgar or racist language will lose their accounts, "
    "the publisher wrote in a note to subscribers.",
    "Editors began asking readers to keep it clean after a string of abusive posts about the mayor last spring.",
    "The policy bans racism, sexism and any sort of language that is degrading to another person, "
    "though critics say it is rarely enforced.",
    "Readers can use a report link on each comment to flag abusive posts, and moderators review them within a day.",
)
COUNTERS = ("(0) comments", "(3) comments", "1 comment", "12 Comments", "0 comments")
FAMILIES = (
    "wrapped",
    "sentences",
    "items",
    "one-line",
    "reworded",
    "reordered",
    "discussed",
    "reworded-2",
    "reworded-3",
    "reworded-4",
    "reworded-5",
    "reworded-6",
    "reworded-7",
    "reworded-8",
    "reworded-9",
    "reworded-10",
    "reworded-11",
    "reworded-12",
    "reworded-13",
    "reworded-14",
    "reworded-15",
    "reworded-16",
    "reworded-17",
    "reworded-18",
    "reworded-19",
    "reworded-20",
    "reworded-21",
    "reworded-22",
    "reworded-23",
    "reworded-24",
    "reworded-25",
    "reworded-26",
    "reworded-27",
    "reworded-28",
    "reworded-29",
    "reworded-30",
    "reworded-31",
    "reworded-32",
    "reworded-33",
    "reworded-34",
    "reworded-35",
    "reworded-36",
    "reworded-37",
    "reworded-38",
    "reworded-39",
    "reworded-40",
    "reworded-41",
    "reworded-42",
    "reworded-43",
    "reworded-44",
    "reworded-45",
    "reworded-46",
    "reworded-47",
    "reworded-48",
    "reworded-49",
    "reworded-50",
    "reworded-51",
    "reworded-52",
    "reworded-53",
    "reworded-54",
    "reworded-55",
    "reworded-56",
    "reworded-57",
    "reworded-58",
    "reworded-59",
    "reworded-60",
    "reworded-61",
    "reworded-62",
    "reworded-63",
    "reworded-64",
    "reworded-65",
    "reworded-66",
    "reworded-67",
    "reworded-68",
    "reworded-69",
    "reworded-70",
    "reworded-71",
    "reworded-72",
    "reworded-73",
    "reworded-74",
    "reworded-75",
    "reworded-76",
    "reworded-77",
    "reworded-78",
    "reworded-79",
    "reworded-80",
    "reworded-81",
    "reworded-82",
    "reworded-83",
    "reworded-84",
    "reworded-85",
    "reworded-86",
    "reworded-87",
    "reworded-88",
    "reworded-89",
    "reworded-90",
    "reworded-91",
    "reworded-92",
    "reworded-93",
    "reworded-94",
    "reworded-95",
    "reworded-96",
    "reworded-97",
    "reworded-98",
    "reworded-99",
    "reworded-100",
    "reworded-101",
    "reworded-102",
    "reworded-103",
    "reworded-104",
    "reworded-105",
    "reworded-106",
    "reworded-107",
    "reworded-108",
    "reworded-109",
    "reworded-110",
    "reworded-111",
    "reworded-112",
    "reworded-113",
    "reworded-114",
    "reworded-115",
    "reworded-116",
    "reworded-117",
    "reworded-118",
    "reworded-119",
    "reworded-120",
    "reworded-121",
    "reworded-122",
    "reworded-123",
    "reworded-124",
    "reworded-125",
    "reworded-126",
    "reworded-127",
    "reworded-128",
    "reworded-129",
    "reworded-130",
    "reworded-131",
    "reworded-132",
    "reworded-133",
    "reworded-134",
    "reworded-135",
    "reworded-136",
    "reworded-137",
    "reworded-138",
    "reworded-139",
    "reworded-140",
    "reworded-141",
    "reworded-142",
    "reworded-143",
    "reworded-144",
    "reworded-145",
    "reworded-146",
    "reworded-147",
    "reworded-148",
    "reworded-149",
    "reworded-150",
    "reworded-151",
    "reworded-152",
    "reworded-153",
    "reworded-154",
    "reworded-155",
    "reworded-156",
    "reworded-157",
    "reworded-158",
    "reworded-159",
    "reworded-160",
    "reworded-161",
    "reworded-162",
    "reworded-163",
    "reworded-164",
    "reworded-165",
    "reworded-166",
    "reworded-167",
    "reworded-168",
    "reworded-169",
    "reworded-170",
    "reworded-171",
    "reworded-172",
    "reworded-173",
    "reworded-174",
    "reworded-175",
    "reworded-176",
    "reworded-177",
    "reworded-178",
    "reworded-179",
    "reworded-180",
    "reworded-181",
    "reworded-182",
    "reworded-183",
    "reworded-184",
    "reworded-185",
    "reworded-186",
    "reworded-187",
    "reworded-188",
    "reworded-189",
    "reworded-190",
    "reworded-191",
    "reworded-192",
    "reworded-193",
    "reworded-194",
    "reworded-195",
    "reworded-196",
    "reworded-197",
    "reworded-198",
    "reworded-199",
    "reworded-200",
    "reworded-201",
    "reworded-202",
    "reworded-203",
    "reworded-204",
    "reworded-205",
    "reworded-206",
    "reworded-207",
    "reworded-208",
    "reworded-209",
    "reworded-210",
    "reworded-211",
    "reworded-212",
    "reworded-213",
    "reworded-214",
    "reworded-215",
    "reworded-216",
    "reworded-217",
    "reworded-218",
    "reworded-219",
    "reworded-220",
    "reworded-221",
    "reworded-222",
    "reworded-223",
    "reworded-224",
    "reworded-225",
    "reworded-226",
    "reworded-227",
    "reworded-228",
    "reworded-229",
    "reworded-230",
    "reworded-231",
    "reworded-232",
    "reworded-233",
    "reworded-234",
    "reworded-235",
    "reworded-236",
    "reworded-237",
    "reworded-238",
    "reworded-239",
    "reworded-240",
    "reworded-241",
    "reworded-242",
    "reworded-243",
    "reworded-244",
    "reworded-245",
    "reworded-246",
    "reworded-247",
    "reworded-248",
    "reworded-249",
    "reworded-250",
    "reworded-251",
    "reworded-252",
    "reworded-253",
    "reworded-254",
    "reworded-255",
    "reworded-256",
    "reworded-257",
    "reworded-258",
    "reworded-259",
    "reworded-260",
    "reworded-261",
    "reworded-262",
    "reworded-263",
    "reworded-264",
    "reworded-265",
    "reworded-266",
    "reworded-267",
    "reworded-268",
    "reworded-269",
    "reworded-270",
    "reworded-271",
    "reworded-272",
    "reworded-273",
    "reworded-274",
    "reworded-275",
    "reworded-276",
    "reworded-277",
    "reworded-278",
    "reworded-279",
    "reworded-280",
    "reworded-281",
    "reworded-282",
    "reworded-283",
    "reworded-284",
    "reworded-285",
    "reworded-286",
    "reworded-287",
    "reworded-288",
    "reworded-289",
    "reworded-290",
    "reworded-291",
    "reworded-292",
    "reworded-293",
    "reworded-294",
    "reworded-295",
    "reworded-296",
    "reworded-297",
    "reworded-298",
    "reworded-299",
    "reworded-300",
    "reworded-301",
    "reworded-302",
    "reworded-303",
    "reworded-304",
    "reworded-305",
    "reworded-306",
    "reworded-307",
    "reworded-308",
    "reworded-309",
    "reworded-310",
    "reworded-311",
    "reworded-312",
    "reworded-313",
    "reworded-314",
    "reworded-315",
    "reworded-316",
    "reworded-317",
    "reworded-318",
    "reworded-319",
    "reworded-320",
    "reworded-321",
    "reworded-322",
    "reworded-323",
    "reworded-324",
    "reworded-325",
    "reworded-326",
    "reworded-327",
    "reworded-328",
    "reworded-329",
    "reworded-330",
    "reworded-331",
    "reworded-332",
    "reworded-333",
    "reworded-334",
    "reworded-335",
    "reworded-336",
    "reworded-337",
    "reworded-338",
    "reworded-339",
    "reworded-340",
    "reworded-341",
    "reworded-342",
    "reworded-343",
    "reworded-344",
    "reworded-345",
    "reworded-346",
    "reworded-347",
    "reworded-348",
    "reworded-349",
    "reworded-350",
    "reworded-351",
    "reworded-352",
    "reworded-353",
    "reworded-354",
    "reworded-355",
    "reworded-356",
    "reworded-357",
    "reworded-358",
    "reworded-359",
    "reworded-360",
    "reworded-361",
    "reworded-362",
    "reworded-363",
    "reworded-364",
    "reworded-365",
    "reworded-366",
    "reworded-367",
    "reworded-368",
    "reworded-369",
    "reworded-370",
    "reworded-371",
    "reworded-372",
    "reworded-373",
    "reworded-374",
    "reworded-375",
    "reworded-376",
    "reworded-377",
    "reworded-378",
    "reworded-379",
    "reworded-380",
)


def _articles() -> list[list[str]]:
    """The seed's article, and the article lines of each realtext_dev document that has five or more."""
    found = [SEED.read_text(encoding="utf-8").splitlines()]
    if REALTEXT.exists():
        for raw in REALTEXT.read_text(encoding="utf-8").splitlines():
            doc = json.loads(raw)
            lines = doc["text"].split("\n")
            body = [
                " ".join(lines[entry["i"]].split())
                for entry in doc["lines"]
                if entry["label"] == "content" and len(lines[entry["i"]].split()) >= 8
            ]
            if len(body) >= 5:
                found.append(body)
    return found


def _items(family: str, rng: random.Random) -> list[tuple[str, ...]]:
    if family in ITEMS:  # reworded-6 on: one module a family
        return ITEMS[family](rng)
    if family == "reworded-4":
        chosen = rng.sample(REWORDINGS_4, rng.randint(3, 8))
        items = [(rng.choice(headings), rng.choice(sentences)) for headings, sentences in chosen]
        if rng.random() < 0.3:
            items.insert(0, (rng.choice(POLICY_TITLES), ""))
        return items
    if family == "reworded-5":
        chosen = rng.sample(REWORDINGS_5, rng.randint(2, 7))
        items = [(rng.choice(headings), rng.choice(sentences)) for headings, sentences in chosen]
        if rng.random() < 0.3:
            items.insert(0, ("", rng.choice(POLICY_INTROS_5)))
        if rng.random() < 0.4:
            items.insert(0, (rng.choice(POLICY_TITLES_5), ""))
        return items
    if family.startswith("reworded"):
        table = {"reworded": REWORDINGS, "reworded-2": REWORDINGS_2, "reworded-3": REWORDINGS_3}[family]
        return [(rng.choice(headings), rng.choice(sentences)) for headings, sentences in table]
    items = list(POLICY)
    if family == "reordered":
        for _ in range(rng.randint(1, 3)):
            items.pop(rng.randrange(len(items)))
        rng.shuffle(items)
    return items


def _render(items: list[tuple[str, ...]], how: str, rng: random.Random) -> list[str]:
    sentences = [part for item in items for part in item if part]
    if how == "wrapped":
        return textwrap.wrap(" ".join(sentences), rng.randint(30, 120))
    if how == "sentences":
        return sentences
    if how == "items":
        return [" ".join(part for part in item if part) for item in items]
    return [" ".join(sentences)]


def document(family: str, articles: list[list[str]], rng: random.Random) -> tuple[list[str], list[bool]]:
    """One generated document: its lines, and for each whether it is article (True) or chrome."""
    article = list(rng.choice(articles))
    if family == "discussed":
        article.insert(rng.randint(1, len(article) - 1), rng.choice(DISCUSSIONS))
    renderings = ("wrapped", "sentences", "items", "one-line")
    how = family if family in renderings else rng.choice(renderings)
    items = _items(family, rng)
    chrome = _render(items, how, rng)
    furniture = [rng.choice(COUNTERS), "Welcome to the discussion.", "Log In", rng.choice(("Sign Up", ""))]
    furniture += [rng.choice(("Watch this discussion.", "Stop watching this discussion."))]
    if not family.startswith("reworded-") or family in ("reworded-2", "reworded-3"):
        chrome += furniture
    elif rng.random() < 0.6:  # reworded-4 to 16: the furniture after the policy, before it, or not there
        chrome = chrome + furniture if rng.random() < 0.7 else furniture + chrome
    if rng.random() < 0.5:
        chrome += _render(items, rng.choice(renderings), rng)
    chrome = [line for line in chrome if line]
    lines = [line + ("Â" if rng.random() < 0.4 else "") for line in article] + chrome
    return lines, [True] * len(article) + [False] * len(chrome)


def generate(count: int, seed: int) -> dict[str, list[tuple[list[str], list[bool]]]]:
    articles = _articles()
    rng = random.Random(seed)
    return {family: [document(family, articles, rng) for _ in range(count)] for family in FAMILIES}


class Judged(NamedTuple):
    """One document cleaned: its article lines lost, chrome lines missed and removed, whether the output is exactly
    the article's lines (repaired), and the output."""

    lost: int
    missed: int
    removed: int
    exact: bool
    output: str


def judge(lines: list[str], is_article: list[bool], show: bool = False) -> Judged:
    """Clean one generated document (:func:`document`) and judge each line's fate."""
    output = cleantext.clean("\n".join(lines) + "\n")
    out_lines = [" ".join(line.split()) for line in output.split("\n")]
    out_set, out_text = set(out_lines), " ".join(out_lines)
    wanted = "".join(
        cleantext.repair(line).strip() + "\n" for line, keep in zip(lines, is_article, strict=True) if keep
    )
    lost = missed = removed = 0
    for line, keep in zip(lines, is_article, strict=True):
        kept = line_is_kept(line, out_set, out_text, cleantext.repair)
        if keep and not kept:
            lost += 1
            if show:
                print(f"LOST   {line[:110]!r}")
        elif not keep and kept:
            missed += 1
            if show:
                print(f"MISSED {line[:110]!r}")
        elif not keep:
            removed += 1
    return Judged(lost, missed, removed, output == wanted, output)


def score(docs: list[tuple[list[str], list[bool]]], show: bool = False) -> dict[str, float | int]:
    true_pos = false_pos = false_neg = exact = 0
    for lines, is_article in docs:
        judged = judge(lines, is_article, show)
        true_pos += judged.removed
        false_pos += judged.lost
        false_neg += judged.missed
        exact += judged.exact
    return {
        **removal_scores(true_pos, false_pos, false_neg),
        "exact": exact / len(docs),
        "article_lines_lost": false_pos,
        "chrome_missed": false_neg,
    }


def figures(count: int, seed: int, show: bool = False) -> dict[str, dict[str, float | int]]:
    docs = generate(count, seed)
    results = {family: score(docs[family], show=show) for family in FAMILIES}
    pooled = [doc for family in FAMILIES[:4] for doc in docs[family]]
    held = [doc for family in ("reordered", "reworded-3") for doc in docs[family]]
    results["written-from (pooled)"] = score(pooled)
    results["held-out (reordered+reworded-3)"] = score(held)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--documents", type=int, default=200, help="documents per family (default 200)")
    parser.add_argument("--seed", type=int, default=10)
    parser.add_argument("--against", type=Path, help="a checkout of another version to score on the same documents")
    parser.add_argument("--show", action="store_true", help="print every wrong line decision")
    parser.add_argument("--json", metavar="OUT", help="also write the figures to this JSON file")
    parser.add_argument("--raw", action="store_true", help=argparse.SUPPRESS)  # figures as JSON on stdout
    args = parser.parse_args()
    mine = figures(args.documents, args.seed, show=args.show)
    if args.raw:
        print(json.dumps(mine))
        return
    systems = {"this checkout": mine}
    if args.against:
        env = {**os.environ, "PYTHONPATH": str(args.against.resolve() / "src")}
        command = [sys.executable, __file__, "--documents", str(args.documents), "--seed", str(args.seed), "--raw"]
        done = subprocess.run(command, env=env, check=True, capture_output=True, text=True)
        systems[f"{args.against}"] = json.loads(done.stdout)
    for name, results in systems.items():
        for family, one in results.items():
            print(
                f"seed family {family:<30} {name:<16} removal P={one['precision']:.3f} R={one['recall']:.3f} "
                f"F1={one['f1']:.3f} exact={one['exact']:.3f} article lines lost={one['article_lines_lost']} "
                f"chrome lines missed={one['chrome_missed']}"
            )
    save(
        args.json, "bench_seed_family", {"documents_per_family": args.documents, "seed": args.seed, "systems": systems}
    )


if __name__ == "__main__":
    main()
