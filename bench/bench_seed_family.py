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

Families of variation, each scored apart:

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
  the change they were written before (a policy's opening line; the pool's F1 as main, not adopted); **held out**
  for one more change.
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
  the change they were written before (a policy's opening line; the pool's F1 as main, not adopted); **held out**
  for one more change.
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
  the change they were written before (a policy's opening line; the pool's F1 as main, not adopted); **held out**
  for one more change.
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
  the change they were written before (a policy's opening line; the pool's F1 as main, not adopted); **held out**
  for one more change.
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

sys.path.insert(0, str(Path(__file__).resolve().parent))

from metrics import line_is_kept, removal_scores
from results import save

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
#: Held out a sixth time (2026-12-02): written before the next change to the notice's rules, from how news and
#: magazine sites in the US, UK, Canada, Australia and India word their comment policies, community guidelines
#: and house rules, not from the rules nor from the lists above. Per item: heading choices (printed without
#: their stop: a document picks one), and sentence choices, each of one sentence or two. Written in British
#: spelling; a document may print it in American spelling (``AMERICAN_6``).
REWORDINGS_6 = (
    (
        ("Respect each other", "Treat Others With Respect", "Respect your fellow readers", ""),
        (
            ("Attack the argument, never the person making it.",),
            ("We welcome robust debate.", "Abuse of other readers, our writers or the people in the story is not."),
            ("Insulting, harassing or belittling other readers will get your comment removed.",),
        ),
    ),
    (
        ("Keep it on topic", "Keep to the Subject", "Is it relevant?", ""),
        (
            ("Keep your comments related to the subject of this article.",),
            ("Comments that wander off the subject will not be published.", "Save them for a story they fit."),
            ("Please keep the discussion focused on the issues raised in this report.",),
        ),
    ),
    (
        ("Mind your language", "Watch Your Language", "No swearing"),
        (
            ("Profanity, including words with some letters replaced by asterisks, is filtered out.",),
            ("Swearing and crude language are not welcome here.", "Neither are slurs of any kind."),
            ("Please keep your comments free of foul or abusive words.",),
        ),
    ),
    (
        ("Think before you post", "Don't Get Us Sued", "Could your comment land you in court?", "Legal matters"),
        (
            ("Do not make allegations about named people that you cannot prove.",),
            (
                "Comments about court cases that are still running may be in contempt of court.",
                "We will not publish them until the case has ended.",
            ),
            ("Defamatory remarks expose both you and the publisher to legal action.",),
        ),
    ),
    (
        ("How we moderate", "Moderation Policy", "Why hasn't my comment appeared?", ""),
        (
            ("All comments are checked by a moderator before they go live.",),
            (
                "Comments are moderated by our editorial team.",
                "Those that are abusive, personal, inflammatory or irrelevant will not be published.",
            ),
            ("Our moderators read every comment.", "Please allow up to 24 hours for yours to be approved."),
            ("We may shorten comments or edit them for clarity and legal reasons.",),
        ),
    ),
    (
        ("Write in full", "Write Properly", ""),
        (
            (
                "Please write in complete sentences.",
                "Avoid text-speak, and do not type in all capital or all lower-case letters.",
            ),
            ("Comments typed entirely in capitals will not be approved.",),
        ),
    ),
    (
        ("No promotion", "Links and Advertising", "Can I post a link?", ""),
        (
            ("Comments containing web addresses may be held back for review.",),
            (
                "Please don't post promotional material.",
                "Commercial messages will be deleted and their authors blocked.",
            ),
        ),
    ),
    (
        ("Be who you say you are", "Identity and Privacy", "Protect your privacy"),
        (
            ("Your display name must not be offensive or imitate another person or organisation.",),
            ("Never include your own or anyone else\u2019s phone number or address in a comment.",),
        ),
    ),
    (
        ("No hate", "Zero Tolerance for Bigotry", ""),
        (
            ("Comments that demean people for their race, faith, sex, sexuality or disability will be deleted.",),
            ("We have zero tolerance for hate speech.", "Accounts that post it will be banned."),
        ),
    ),
    (
        ("Seen a problem?", "Flag Bad Comments", "Help us keep it civilised", ""),
        (
            ("If a comment breaks these rules, use the flag beside it and our team will review it.",),
            ("Press \u2018Report\u2019 next to any comment you find offensive.", "Reports are anonymous."),
        ),
    ),
    (
        ("Disclaimer", ""),
        (
            ("The views expressed in comments are those of the readers who post them.",),
            ("Opinions in the comments do not represent those of the publisher or its journalists.",),
        ),
    ),
    (
        ("When do comments close?", "Comment Hours", ""),
        (
            ("Comments on this article will close three days after publication.",),
            ("We close comments overnight.", "They reopen at 7am on weekdays."),
        ),
    ),
    (
        ("Protect the vulnerable", "Children and Victims", ""),
        (
            ("Do not identify victims of crime or children involved in court proceedings.",),
            ("Speculating about the identity of a young offender is an offence.",),
        ),
    ),
    (
        ("Repeat offenders", "What happens if I break the rules?", "Consequences"),
        (
            ("Readers who keep breaking these guidelines will lose the ability to comment.",),
            ("Disruptive behaviour will get you suspended.", "Persistent offenders will be banned for good."),
            ("We may suspend or ban accounts that repeatedly criticise other users instead of their views.",),
        ),
    ),
)
#: Titles, opening and closing sentences some sites print with such a policy (reworded-6 only).
POLICY_TITLES_6 = (
    "House rules",
    "Community Standards",
    "Our commenting policy",
    "Moderation Policy",
    "Have Your Say",
    "Before you post:",
    "Posting Guidelines",
    "Comment rules",
)
POLICY_INTROS_6 = (
    "Comments are welcome, provided they follow the guidelines below.",
    "We want our comment sections to be lively but respectful.",
    "Please read these guidelines before posting a comment.",
    "By posting a comment you agree to abide by these house rules.",
)
POLICY_CLOSINGS_6 = (
    "Thank you for helping to keep the conversation civilised.",
    "We reserve the right to close comments on any story at any time.",
    "Full details are in our terms of service.",
    "Happy commenting!",
)
#: British spellings in the lists above and their American forms (a reworded-6 document prints one or the other).
AMERICAN_6 = {
    "organisation": "organization",
    "civilised": "civilized",
    "behaviour": "behavior",
    "offence": "offense",
    "criticise": "criticize",
}
#: Held out: comment policies of local newspaper and TV-station sites (US, Canada, UK, Australia, New Zealand,
#: Ireland), per item kind (heading choices, sentence choices); a heading ending in a stop is a whole sentence.
REWORDINGS_7 = (
    (
        ("Be civil", "Respect others", "Keep it courteous", "Treat others as you would like to be treated."),
        (
            ("Debate the idea, not the person.", "Disagreement is welcome, but rudeness and name-calling are not."),
            ("Robust debate is fine; belittling, mocking or insulting other readers is not.",),
            ("Please be polite to other commenters, even when you strongly disagree with them.",),
            ("Criticise arguments rather than the people who make them.",),
        ),
    ),
    (
        ("No personal attacks", "Don't harass anyone", "No abuse or threats", "Abuse will not be tolerated."),
        (
            ("Posts that threaten, bully or harass another person will be removed and may be reported to police.",),
            ("Do not target other users, our journalists or the people in our stories with abuse.",),
            ("Threats of violence, even as a joke, will get your account suspended.",),
            ("Comments that single out another reader for ridicule or abuse will be deleted.",),
        ),
    ),
    (
        ("No hate speech", "Zero tolerance for bigotry", "Discrimination"),
        (
            (
                "We will delete anything that attacks people because of their race, religion, gender, sexuality, "
                "disability or nationality.",
            ),
            ("Racist, sexist, homophobic or otherwise discriminatory language has no place here.",),
            ("Stereotyping or demeaning whole groups of people is not allowed.", "Repeat offenders will be banned."),
        ),
    ),
    (
        ("Stay on topic", "Keep it relevant", "Stick to the story"),
        (
            ("Contributions should relate to the article above.", "Off-topic posts may be removed."),
            ("Please keep the conversation to the subject of the story rather than pursuing old feuds.",),
            ("Comments that wander away from the article, or repeat the same point over and over, may be taken down.",),
        ),
    ),
    (
        ("No spam", "No advertising", "Don't self-promote", "Spam"),
        (
            ("Do not post advertisements, chain letters, fundraising appeals or links to commercial websites.",),
            ("Promotional content and repeated links will be deleted without notice.",),
            ("We remove spam, scams and posts selling goods or services.",),
        ),
    ),
    (
        ("Use your real name", "Be yourself", "No impersonation"),
        (
            ("We ask that you post under your own first and last name.", "Anonymous accounts may be suspended."),
            ("Do not pretend to be someone else, including another reader, a public figure or a member of our staff.",),
            ("Accounts registered with a fake name or email address will be closed.",),
            ("Commenters must use their real names; pseudonyms are not accepted on this site.",),
        ),
    ),
    (
        ("Mind your language", "No swearing", "Keep it family-friendly", "Watch your language."),
        (
            ("Profanity, obscenity and sexually explicit material are not permitted, even with letters starred out.",),
            ("Our audience includes young readers, so please avoid swearing and crude language.",),
            ("Obscene or vulgar posts will be removed, as will any that link to such material.",),
        ),
    ),
    (
        ("Respect the law", "Don't defame", "Legal matters", "Be careful with court cases."),
        (
            (
                "Do not make allegations you cannot prove.",
                "Defamatory posts put you and us at risk of legal action.",
            ),
            (
                "Do not discuss the guilt or innocence of anyone facing criminal charges while a case is before the courts.",
            ),
            ("You are legally responsible for what you post, and we may have to pass your details to police.",),
            ("Nothing you write may breach a suppression order or the rules on contempt of court.",),
        ),
    ),
    (
        ("Protect privacy", "Keep personal details private", "Privacy"),
        (
            ("Never share phone numbers, home addresses or email addresses, whether your own or someone else's.",),
            ("Do not publish private information about other people, including the names of victims or children.",),
            ("Posting another person's personal details will lead to an immediate ban.",),
        ),
    ),
    (
        ("Report abuse", "Flag it", "Help us moderate", "See something wrong?"),
        (
            ("If you see a post that breaks these rules, use the report button beside it and a moderator will look.",),
            ("Click the flag icon to let us know about abusive comments.", "We read every report."),
            ("Please alert our moderators to problems rather than replying to the offending post.",),
        ),
    ),
    (
        ("Moderation", "Our right to remove", "We moderate", "House rules apply."),
        (
            (
                "We reserve the right to edit or remove any contribution, and to suspend users who repeatedly "
                "break these guidelines.",
            ),
            ("All comments are reviewed by our team before they appear, which can take a while outside office hours.",),
            ("Moderators may close a discussion at any time.", "Their decision is final."),
        ),
    ),
    (
        ("Respect copyright", "Original work only", "Don't copy and paste"),
        (
            ("Only post material you have written yourself or have permission to share.",),
            ("Do not reproduce whole articles or photos from other sources.", "A short quote with a link is fine."),
        ),
    ),
    (
        ("Add to the conversation", "Be constructive", "Share what you know"),
        (
            ("We value first-hand accounts, local knowledge and thoughtful questions.", "Tell us what you know."),
            ("The best contributions add information or a fresh perspective to the discussion.",),
            ("Got a tip or a correction for the newsroom?", "Email our editors instead of leaving a comment."),
        ),
    ),
    (
        ("Don't shout", "No shouting", "Easy on the caps"),
        (
            ("Writing in capital letters is hard to read and comes across as shouting.",),
            ("Please avoid typing whole posts in upper case.",),
        ),
    ),
    (
        ("Your views are your own", "Disclaimer"),
        (
            (
                "Opinions expressed by readers are their own and do not reflect the views of this newspaper or its staff.",
            ),
            ("Comments are the responsibility of the people who post them, not of the station.",),
        ),
    ),
)
POLICY_TITLES_7 = (
    "Community guidelines",
    "COMMENT POLICY",
    "House rules",
    "Before you comment",
    "Before you post",
    "Join the conversation",
    "Our commenting rules",
    "Discussion guidelines",
)
POLICY_INTROS_7 = (
    "We want this to be a place for lively, respectful discussion. Please follow these rules:",
    "Comments are open to registered readers. By posting you agree to the following.",
    "Thanks for joining the conversation. A few ground rules:",
    "Please read our house rules before you post.",
)
POLICY_CLOSINGS_7 = (
    "Read our full community guidelines.",
    "See our terms of use.",
    "For more, see our full commenting policy and terms of service.",
    "Read the full house rules here.",
    "Breaking these rules may see your account suspended. Full terms and conditions apply.",
)
#: Held out: a reworded-8 site's items, per kind (headings, sentence choices of one or two sentences each).
REWORDINGS_8 = (
    (  # courtesy
        ("Be courteous", "Mind your manners", "Courtesy counts", "Treat others as you would like to be treated."),
        (
            ("Attack the argument if you must, never the reader who made it.",),
            ("Name-calling, sneering and personal insults aimed at other readers will be taken down.",),
            (
                "We want neighbors to be able to talk with neighbors here.",
                "Belittling other users has no part in that.",
            ),
        ),
    ),
    (  # threats
        ("No threats", "Zero tolerance for violence", "Don't threaten anyone"),
        (
            (
                "Any post that threatens, encourages or celebrates violence against a person or group will be "
                "deleted and may be passed to the police.",
            ),
            ("Threatening another reader, a public figure or one of our journalists gets you banned at once.",),
            ("Credible threats of harm are reported to the authorities.",),
        ),
    ),
    (  # hate
        ("No hate speech", "Hate has no home here", "No bigotry"),
        (
            (
                "Content that demeans people for their race, ethnicity, religion, gender, sexual orientation or "
                "disability is not allowed.",
            ),
            (
                "Tribal, ethnic or religious slurs are removed without warning, and repeat offenders lose their accounts.",
            ),
            ("Stereotyping whole communities is not debate.", "Keep the discussion about the issues."),
        ),
    ),
    (  # topic
        ("Stay on topic", "Keep it relevant", "Stick to the story"),
        (
            ("Please keep your remarks related to the subject of the article you are reading.",),
            ("Off-topic posts, chain letters and running feuds between two readers may be taken down.",),
            ("This space is for discussing this story.", "Use our letters page for anything else."),
        ),
    ),
    (  # spam
        ("No spam", "No advertising", "No self-promotion"),
        (
            ("Do not use this space to sell products, promote a business or post links to unrelated websites.",),
            ("Posts carrying commercial links, loan offers or get-rich-quick schemes are removed automatically.",),
            ("Posting the same message again and again counts as spam.",),
        ),
    ),
    (  # identity
        ("Be yourself", "Use your real name", "No impersonation"),
        (
            ("Do not pretend to be another person, a public official or a member of our staff.",),
            ("We ask that you post under your own name.", "Accounts opened to get around a ban will be closed."),
            ("One person, one account.", "Running several profiles to make a view look popular is not allowed."),
        ),
    ),
    (  # language
        ("Watch your language", "Clean language, please", "No profanity"),
        (
            ("Swearing, crude sexual references and masked obscenities such as f*** are not permitted.",),
            ("Our audience includes young readers, so please avoid vulgar or explicit language.",),
            ("Profanity is filtered even when letters are swapped for symbols.",),
        ),
    ),
    (  # the law
        ("Mind the law", "Don't defame", "Respect the courts", "Legal matters"),
        (
            (
                "Do not make allegations you cannot prove.",
                "Defamatory statements can expose both you and this publication to legal action.",
            ),
            (
                "Avoid speculating about the guilt of anyone facing criminal charges; doing so may amount to "
                "contempt of court.",
            ),
            ("Never name victims of sexual offences or children involved in court cases.",),
            ("Posts that break the law, including copyright and privacy law, will be removed.",),
        ),
    ),
    (  # privacy
        ("Protect privacy", "Keep personal details private", "No doxxing"),
        (
            ("Never post anyone's phone number, home address, email or ID number, including your own.",),
            ("Sharing private information about another person without their consent will lead to a ban.",),
        ),
    ),
    (  # reporting
        ("Report abuse", "Help us moderate", "See something? Flag it."),
        (
            ("If a post breaks these rules, use the flag icon beside it and a moderator will review it.",),
            ("Please do not feed the trolls.", "Report them instead and let our team deal with it."),
            ('Click "Report" on any comment you believe is abusive; we read every report.',),
        ),
    ),
    (  # moderation
        ("Our right to moderate", "Moderation", "We may remove posts"),
        (
            (
                "Our moderators may edit or delete any submission and suspend accounts at their discretion, without notice.",
            ),
            ("Comments are reviewed before they appear and can take up to 24 hours to be published.",),
            ("Moderators' decisions are final.", "We do not discuss individual removals in the thread."),
        ),
    ),
    (  # whose views
        ("You own your words", "Your views are your own", "Disclaimer"),
        (
            ("Opinions expressed by readers do not reflect the views of this publication or its staff.",),
            ("You are legally responsible for everything you post here, so think before you hit send.",),
            ("Remarks posted on this page are the sole responsibility of their authors.",),
        ),
    ),
    (  # facts
        ("Stick to the facts", "Be accurate", "No fake news"),
        (
            ("Do not knowingly share false information, doctored images or unproven health claims.",),
            ("If you cite a figure, say where it came from.", "Misleading claims may be removed."),
        ),
    ),
    (  # length
        ("Keep it short", "Be brief", "Say it once"),
        (
            ("Posts longer than 300 words are unlikely to be read, so make your point concisely.",),
            ("Please avoid making the same point several times in one thread.",),
        ),
    ),
    (  # English
        ("English only", "Write in English"),
        (
            ("So that we can moderate fairly, we can only publish contributions written in English.",),
            ("Posts in other languages, or in text speak, will not be approved.",),
        ),
    ),
    (  # capitals
        ("No shouting", "Lose the caps lock"),
        (
            ("Writing in capital letters is the online version of shouting.", "Please don't."),
            ("Posts typed entirely in upper case may be rejected by our filters.",),
        ),
    ),
    (  # adding to it
        ("Add something", "Share what you know", "Make it count"),
        (
            ("The best contributions bring local knowledge, first-hand experience or a fresh angle to the story.",),
            ("Thoughtful posts that add information or a new perspective may be highlighted by our editors.",),
        ),
    ),
    (  # incitement
        ("No incitement", "Keep politics peaceful"),
        (
            (
                "Posts that stir up ethnic hatred or violence, especially around elections, will be removed and "
                "may be reported to the authorities.",
            ),
            ("Calls for unrest or attacks on national institutions may breach the law and will not be published.",),
        ),
    ),
)
POLICY_TITLES_8 = (
    "Comment Policy",
    "COMMENT POLICY",
    "Community Guidelines",
    "House Rules",
    "Before you post",
    "Reader Guidelines:",
    "Rules of the road",
    "Talkback rules",
    "Guidelines for readers' comments",
    "Join the conversation",
)
POLICY_INTROS_8 = (
    "We welcome readers' views on our stories, as long as a few simple rules are followed.",
    "Anyone can take part, provided they play by these ground rules:",
    "By posting a comment you agree to the following:",
    "Please read these guidelines before you post.",
)
POLICY_CLOSINGS_8 = (
    "Click here for our full terms and conditions.",
    "For the rest, see our Terms of Use and Privacy Policy.",
    "By posting, you agree to our Terms of Service.",
    "These rules are part of our terms of use, which you can read in full on our website.",
    "Full comment policy: see the link at the foot of this page.",
)
#: Held out: article paragraphs about a site's comment rules, written as a report, not as the notice.
REWORDINGS_9 = (  # (headings, sentence variants): how US metro, alt-weekly, sports, student, station sites word them
    (
        ("Be civil", "Keep it civil", "Respect each other", "Be kind"),
        (
            ("Disagree with ideas, not people. Name-calling and insults will get your comment removed.",),
            ("Treat fellow readers the way you would want to be treated at a neighborhood meeting.",),
            ("Robust debate is welcome here.", "Attacking the person instead of the argument is not."),
            ("Be respectful of other posters, even when you strongly disagree with them.",),
        ),
    ),
    (
        ("No personal attacks", "Don't troll", "No harassment"),
        (
            ("Harassing, bullying or baiting other users will result in a suspension of your account.",),
            ("Do not post just to provoke others or derail the thread.", "Ignore trolls rather than feeding them."),
            ("Going after a writer, a player or another reader personally crosses the line.",),
        ),
    ),
    (
        ("No hate speech", "Zero tolerance for bigotry", "No discrimination"),
        (
            (
                "Slurs or attacks based on race, religion, gender, sexual orientation, disability or national "
                "origin are removed without warning.",
            ),
            ("We do not allow content that demeans people for who they are.", "Repeat offenders are banned."),
            ("Racist, sexist, homophobic or transphobic remarks have no place in our community.",),
        ),
    ),
    (
        ("Stay on topic", "Keep it relevant", "Stick to the story"),
        (
            ("Comments should relate to the article above.", "Off-topic rants may be deleted."),
            ("Keep the discussion focused on the subject of the story, not on unrelated grievances.",),
            ("Posts that hijack the thread to talk about something else will be removed.",),
        ),
    ),
    (
        ("No spam", "No advertising", "No self-promotion"),
        (
            ("Do not use this space to sell products, promote a business or drive traffic to other sites.",),
            ("Repeated posts, chain letters and commercial solicitations will be deleted.",),
            ("Links are allowed only when they add something to the conversation.", "Affiliate links are not."),
        ),
    ),
    (
        ("Watch your language", "Keep it clean", "Keep it PG"),
        (
            ("No profanity, vulgarity or sexually explicit material, including words disguised with asterisks.",),
            ("Our readers include students and families, so keep your language suitable for all ages.",),
            ("Obscene language and graphic descriptions will be filtered or removed.",),
        ),
    ),
    (
        ("No threats", "No threats of violence", "Threats will be reported"),
        (
            ("Threatening anyone, even as a joke, will get you banned and may be reported to law enforcement.",),
            ("Posts that encourage violence or harm against a person or group are removed immediately.",),
        ),
    ),
    (
        ("Be yourself", "No impersonation", "Use your real name"),
        (
            ("Do not pretend to be another person, a public figure or a member of our staff.",),
            ("We ask users to post under their real names.", "Accounts that appear to be fake may be suspended."),
            ("One account per person.", "Creating new accounts to get around a ban is not allowed."),
        ),
    ),
    (
        ("Respect privacy", "No doxxing", "Protect personal information"),
        (
            ("Never post someone's home address, phone number, email or other private details.",),
            ("Do not share personal information about yourself or others, including photos of private people.",),
        ),
    ),
    (
        ("Keep it about the game", "Rivalry, not hostility", "Trash talk has limits"),
        (
            ("Trash talk about teams is part of the fun.", "Going after players' families or health is not."),
            ("Cheer for your team and rib the other side, but leave athletes' children and spouses out of it.",),
            ("Criticize the play calling all you want; wishing injury on any player will get you removed.",),
        ),
    ),
    (
        ("Respect our students", "Protect minors", "Students are people too"),
        (
            ("Do not name or identify students who are not named in the story, especially minors.",),
            ("Many of the people in our stories are students.", "Criticism of their work is fair; ridicule is not."),
            ("Our staff are student journalists.", "Please critique the reporting respectfully."),
        ),
    ),
    (
        ("Innocent until proven guilty", "Mind the law", "No libel"),
        (
            ("Do not accuse people of crimes they have not been charged with or convicted of.",),
            (
                "Posts about pending court cases may be held for review.",
                "Speculating about guilt can prejudice a trial.",
            ),
            ("False statements of fact about a real person may be defamatory, and you can be held responsible.",),
        ),
    ),
    (
        ("Report abuse", "Flag it", "See something, say something"),
        (
            ("Use the Report link next to any post that breaks these rules.", "Our moderators will review it."),
            ("If you see a problem, report it instead of replying to it.",),
            ("Flagged posts are reviewed by our staff, usually within one business day.",),
        ),
    ),
    (
        ("Moderation", "We reserve the right", "Our moderators"),
        (
            ("We may remove any post or suspend any account at our discretion, without notice.",),
            ("Comments are moderated and may not appear immediately.", "We do not discuss individual removals."),
            ("Newsroom staff watch this space during business hours.", "Overnight posts are reviewed in the morning."),
        ),
    ),
    (
        ("No spoilers", "Spoiler alert", "Mind the spoilers"),
        (
            ("Do not reveal plot twists or endings for shows and films that have not aired everywhere yet.",),
            ("Give everyone a chance to watch.", "Put a spoiler warning at the top of any post about the finale."),
        ),
    ),
    (
        ("Stick to the facts", "Be accurate", "No misinformation"),
        (
            ("Knowingly spreading false or misleading information, especially about health or elections, is not OK.",),
            ("If you cite a statistic, say where it came from.", "Rumors presented as fact will be removed."),
        ),
    ),
    (
        ("Own your words", "You are responsible", "Think before you post"),
        (
            ("You are solely responsible for what you post, and your posts reflect on you, not on this station.",),
            ("Anything you post here is public and may be quoted on air or in print.",),
            ("Would you say it to someone's face?", "If not, don't post it."),
        ),
    ),
    (
        ("Don't shout", "No all caps"),
        (
            ("Writing in all capital letters is the online equivalent of shouting and is hard to read.",),
            ("Posts typed entirely in caps may be removed.",),
        ),
    ),
)
POLICY_TITLES_9 = (
    "Comment Policy",
    "Before you comment",
    "Rules for commenting",
    "Commenting guidelines",
    "Community Standards",
    "Join the Conversation",
    "Reader Forum Rules",
    "House Rules",
    "Talk Back: Ground Rules",
    "Conversation guidelines",
)
POLICY_INTROS_9 = (
    "We want this to be a place where readers share their views. Before you comment, please read the following.",
    "We welcome your opinions. To keep the discussion productive, please follow a few ground rules.",
    "This is a community space, and here is what we expect from everyone who takes part.",
    "Our comment section is open to all registered readers who agree to these rules.",
)
POLICY_CLOSINGS_9 = (
    "Read our full commenting policy in our Terms of Use.",
    "By posting, you agree to our Terms of Use and Privacy Policy.",
    "For the complete rules, see our Terms of Service.",
    "Full guidelines: /site/terms.html",
    "Read the full community standards here.",
)
REWORDINGS_10 = (  # (headings, sentence variants): how non-US nationals, US chains, business, science, faith, hobby sites word them
    (
        ("Be respectful", "Respect other readers", "Courtesy first", "Treat others as you would face to face"),
        (
            (
                "Disagree as strongly as you like, but do it without insults, name-calling or sneering at other readers.",
            ),
            (
                "Write as you would speak to someone across a table.",
                "Rudeness gets posts removed, however good the point behind it.",
            ),
            ("We want a lively debate, not a shouting match; keep your tone civil even when others do not.",),
            ("Comments that belittle, bully or mock other contributors will be taken down.",),
        ),
    ),
    (
        ("Play the ball, not the player", "Argue with ideas, not people", "No personal attacks"),
        (
            ("Criticise arguments all you like, but leave the person making them out of it.",),
            ("Attacks on other users, our journalists or the people in a story are not allowed.",),
            ("Goading, baiting and trolling other readers will get your account suspended.",),
        ),
    ),
    (
        ("Mind the law", "Legal matters", "Contempt and defamation", "Don't prejudice a trial"),
        (
            ("Do not post anything that could be defamatory, or that names anyone protected by a court order.",),
            ("Where a case is before the courts, do not speculate about guilt; we will close the thread if needed.",),
            (
                "You are legally responsible for what you write.",
                "Posts that risk contempt of court or libel will be removed without notice.",
            ),
            ("Publishers can be sued over what readers post here, so we remove anything that may be libellous.",),
        ),
    ),
    (
        ("No hate speech", "Zero tolerance for discrimination", "Respect every faith and background"),
        (
            ("Racist, sexist, homophobic, transphobic or otherwise bigoted remarks have no place here.",),
            (
                "We remove content that attacks people because of their race, caste, religion, gender, disability or sexuality.",
            ),
            ("Slurs aimed at any group, faith or community will be deleted and the account blocked.",),
        ),
    ),
    (
        ("Stay on topic", "Keep it relevant", "Stick to the story"),
        (
            ("Keep your contribution relevant to the article above; off-topic threads will be pruned.",),
            ("Posts unrelated to the subject of the piece may be removed to keep the discussion useful.",),
            ("Please discuss the issues raised in this article rather than unrelated grievances.",),
        ),
    ),
    (
        ("No advertising", "No self-promotion", "Not a marketplace"),
        (
            ("Do not use this space to promote your business, product, newsletter or social media account.",),
            ("Sales pitches, referral codes and affiliate links are removed, as are repeated links to the same site.",),
            ("Posts that advertise goods or services, or ask for money, are not permitted.",),
        ),
    ),
    (
        ("Declare your interests", "Disclose conflicts", "Be open about your stake"),
        (
            ("If you work for, advise or hold shares in a company under discussion, say so in your post.",),
            (
                "Readers deserve to know when a contributor has a financial stake in the topic.",
                "Please disclose it in your post.",
            ),
            (
                "Undeclared commercial interests, including posting on behalf of an employer or client, may lead to removal.",
            ),
        ),
    ),
    (
        ("Back up your claims", "Cite your sources", "Stick to the evidence"),
        (
            ("When you state a fact, link to a reliable source so others can check it.",),
            (
                "Misinformation about health, vaccines or climate science will be removed, as will claims made without evidence.",
            ),
            (
                "Share what you know, and say how you know it.",
                "Peer-reviewed work and official data carry more weight than rumour.",
            ),
        ),
    ),
    (
        ("Respect privacy", "Keep personal details private", "No doxxing"),
        (
            ("Never post anyone's address, phone number, email or other personal details, including your own.",),
            ("Do not share private information or images of people without their consent.",),
            ("Publishing someone's personal information to harass them is grounds for an immediate ban.",),
        ),
    ),
    (
        ("One account each", "Be yourself", "No impersonation"),
        (
            ("Do not pretend to be another person, a public figure or a member of our staff.",),
            ("Each reader may hold one account; sock-puppet accounts will be closed along with the original.",),
            (
                "Use a name you are happy to stand behind.",
                "Usernames that are offensive or misleading will be changed.",
            ),
        ),
    ),
    (
        ("Add something", "Be constructive", "Share your experience"),
        (
            ("The best contributions add knowledge, experience or a fresh angle to the piece.",),
            ("Tell us what worked for you, what did not and why, so other readers can learn from it.",),
            ("One-word replies and repeated posts add little; take a moment to explain your view.",),
        ),
    ),
    (
        ("Mind your language", "Keep it clean", "No swearing"),
        (
            ("Swearing, including words with letters replaced by asterisks, is not allowed.",),
            ("This is a family publication; please keep your language suitable for readers of all ages.",),
            ("Obscene or sexually explicit material will be removed.",),
        ),
    ),
    (
        ("Moderation", "How we moderate", "Our moderators", "Pre-moderation"),
        (
            ("All posts are checked by a moderator before they appear, which can take a few hours.",),
            (
                "We reserve the right to edit or remove any contribution and to suspend accounts that break these rules.",
            ),
            (
                "Moderators have the final say on what stays up.",
                "We will not debate individual removals below the line.",
            ),
            ("Comment threads close seven days after publication, or sooner on stories involving court cases.",),
        ),
    ),
    (
        ("Report a problem", "Flag it, don't fight it", "Seen something wrong?"),
        (
            ("If a post breaks these rules, use the report button instead of replying to it.",),
            ("Flag abusive or unlawful content and our team will review it, usually within 24 hours.",),
            ("Please do not answer a troll; report the post and let the moderators deal with it.",),
        ),
    ),
    (
        ("Charity in all things", "Disagree with grace", "Speak the truth in love"),
        (
            ("Many readers hold deep convictions; we ask that you engage them with patience and goodwill.",),
            ("You may challenge a belief without mocking the believer.",),
            (
                "Questioning whether another reader is a true Christian, or a true member of any faith, is not permitted.",
            ),
        ),
    ),
    (
        ("Your own words", "Respect copyright", "Don't copy and paste"),
        (
            ("Only post material you have written yourself; quote others briefly and credit them.",),
            ("Do not paste whole articles, photographs or other copyrighted work into the thread.",),
        ),
    ),
    (
        ("Write in English", "One language, please"),
        (
            ("Please write in English so that our moderators and other readers can follow the discussion.",),
            ("Comments in other languages cannot be moderated and will not be published.",),
        ),
    ),
)
POLICY_TITLES_10 = (
    "Community standards",
    "House Rules",
    "Before you comment",
    "Comment policy",
    "Discussion guidelines",
    "Join the debate",
    "Reader forum rules",
    "Our participation guidelines",
    "Talking points: the rules",
)
POLICY_INTROS_10 = (
    "We welcome your views. Please read these rules before you post.",
    "Our comment sections are for readers to debate the news. To keep them worth reading, we ask that you:",
    "This is a space for thoughtful discussion among our readers. A few ground rules:",
    "By joining the conversation you agree to the following.",
)
POLICY_CLOSINGS_10 = (
    "Read our full community standards on our website.",
    "By posting you agree to our terms of use, which you can read in full via the link below.",
    "For the complete rules, see our Terms and Conditions page.",
    "These guidelines form part of our terms of service; the full moderation policy is at the link here.",
    "Full comment policy and FAQs: see the Help section.",
)
REWORDINGS_11 = (  # (headings, sentence variants): how hyperlocal, nonprofit, public-media, outdoor, farm, auto, gaming, opinion pages word them
    (
        ("Be a good neighbor", "Treat others with respect", "Keep it neighborly"),
        (
            (
                "This is a small town, and the person you're arguing with may be the one bagging your groceries tomorrow.",
            ),
            ("Write as if you were talking over the back fence.", "Disagree all you like, but do it kindly."),
            ("Talk to other readers the way you'd want them to talk to your own family.",),
            ("Be courteous to other members of the community, even when you strongly disagree with them.",),
        ),
    ),
    (
        ("Criticize ideas, not people", "No personal attacks", "Play the ball, not the player"),
        (
            (
                "Argue with the point someone made.",
                "Insults, name-calling and jabs at a person's looks or family are removed.",
            ),
            ("Going after another reader, a writer or a source personally will get your comment deleted.",),
            ("Challenge the argument all you want; attacking the person who made it is off limits.",),
        ),
    ),
    (
        ("Stay on topic", "Keep it relevant", "Stick to the story"),
        (
            ("Comments should relate to the article above.", "Off-topic posts may be removed without notice."),
            ("If your comment has nothing to do with this story, it probably belongs somewhere else.",),
            ("Threads that drift into national politics or old feuds between neighbors will be closed.",),
        ),
    ),
    (
        ("No hate speech", "Zero tolerance for bigotry", "Respect everyone"),
        (
            (
                "Slurs and attacks based on race, religion, gender, sexual orientation, disability or national origin are not allowed.",
            ),
            ("We remove anything that demeans people for who they are.", "Repeat offenders lose their accounts."),
            ("Content that promotes hatred of any group of people has no place on this site.",),
        ),
    ),
    (
        ("Protect privacy", "Don't share personal information", "No doxxing"),
        (
            (
                "Never post someone's address, phone number, license plate or workplace, and think twice before sharing your own.",
            ),
            ("Do not publish private details about other people, including minors and people named in our stories.",),
            ("Posting personal information about anyone, or urging others to dig it up, will get you banned.",),
        ),
    ),
    (
        ("No advertising", "No selling", "Keep it non-commercial"),
        (
            ("This is not a classifieds page.", "Do not list cattle, hay, equipment or anything else for sale here."),
            ("Dealers, shops and brokers may not promote their businesses or quote prices in the comments.",),
            ("Links to products, affiliate codes and sales pitches will be removed as spam.",),
        ),
    ),
    (
        ("Follow the law", "Respect game laws", "No illegal activity"),
        (
            (
                "Don't brag about, describe or encourage poaching, trespassing or other violations of fish and game regulations.",
            ),
            ("We will remove posts that encourage illegal activity, from street racing to hunting out of season.",),
            ("Confessing to a crime here is a bad idea; encouraging one will get you removed.",),
        ),
    ),
    (
        ("Mark your spoilers", "No spoilers", "No piracy"),
        (
            ("Spoil an ending or a leaked plot point without warning and your comment will be hidden.",),
            ("Do not link to pirated games, grey-market key sellers, cheats or exploits.", "We ban accounts that do."),
            ('Put a "spoiler" warning on anything past the first hour of a game.', "Not everyone has played it yet."),
        ),
    ),
    (
        ("Check your facts", "Cite your sources", "Accuracy matters"),
        (
            ("If you state something as fact, be ready to back it up with a link to a credible source.",),
            ("Knowingly spreading false information, especially about elections or public health, is not allowed.",),
            ("We may remove claims we know to be false.", "Rumors about people in the news are not news."),
        ),
    ),
    (
        ("Use your real name", "Sign your name", "Own your words"),
        (
            ("We require first and last names.", "Anonymous or made-up accounts will be removed."),
            ("Like letters to the editor, online responses must carry your full name and hometown.",),
            ("Stand behind what you write; people talk more carefully when their name is attached.",),
        ),
    ),
    (
        ("How we moderate", "Moderation", "We read everything"),
        (
            (
                "Our small staff reviews every comment before it appears, so please be patient, especially at night and on weekends.",
            ),
            (
                "Editors may edit, hold or delete any post and close a discussion at any time.",
                "Those decisions are final.",
            ),
            ("Comments are moderated during business hours, and threads on crime and court stories may be closed.",),
        ),
    ),
    (
        ("Report problems", "Flag it", "See something, say something"),
        (
            ('Use the "flag" icon next to a post to alert our moderators.', "Please don't reply to it."),
            ("If a comment breaks these rules, report it instead of responding, and we'll take a look.",),
            ("Spot abuse?", "Email the newsroom with a link to the comment and an editor will review it."),
        ),
    ),
    (
        ("Safety first", "No dangerous advice"),
        (
            (
                "Don't post instructions for disabling safety equipment, defeating emissions controls or other risky modifications.",
            ),
            ("Advice that could get someone hurt on the road, on the water or in the woods will be taken down.",),
        ),
    ),
    (
        ("Watch your language", "Keep it clean", "No profanity"),
        (
            ("Vulgar, obscene or sexually explicit language isn't allowed, even with letters swapped for symbols.",),
            ("Our readers include students and families.", "Profanity and crude jokes will be removed."),
        ),
    ),
    (
        ("Our independence", "A note on supporters"),
        (
            (
                "Being a member or donor doesn't earn special treatment.",
                "Everyone's posts are held to the same standards.",
            ),
            ("Our sponsors and funders have no say in what stays up; moderators apply these rules to everyone.",),
        ),
    ),
    (
        ("Keep it short", "Be brief"),
        (
            ("Posts are limited to 300 words.", "Say your piece once instead of repeating it throughout the thread."),
            ("Long copy-and-paste posts and the same message posted again and again will be removed.",),
        ),
    ),
)
POLICY_TITLES_11 = (
    "Community Standards",
    "Before You Comment",
    "Comment Guidelines",
    "Our Commenting Policy",
    "Guidelines for Readers",
    "House Rules",
    "Join the Conversation",
    "Discussion Rules",
    "Letters & Comments Policy",
)
POLICY_INTROS_11 = (
    "Our comment section is a place for the community to talk about the news. A few ground rules:",
    "We want this to be a space for thoughtful discussion, and posting means you accept the following.",
    "Before you join the conversation, please take a minute to read these guidelines.",
    "Comments on this story are open. Please keep these standards in mind:",
)
POLICY_CLOSINGS_11 = (
    "The complete rules are part of our Terms of Use, linked at the bottom of every page.",
    "See the full guidelines, and how we handle appeals, on our Community Standards page.",
    "Questions? Our full user agreement and privacy policy are linked in the site footer.",
    "More in our Terms of Service: tap the link below for the whole policy.",
)
NO_COMMENT_11 = (  # what a site that never says "comment" says instead, longest word first
    (
        ("comment section", "forum"),
        ("commenters", "members"),
        ("commenting", "posting"),
        ("comments", "posts"),
        ("comment", "post"),
    ),
    (
        ("comment section", "discussion board"),
        ("commenters", "readers"),
        ("commenting", "replying"),
        ("comments", "replies"),
        ("comment", "reply"),
    ),
)
ITEM_MARKS_11 = ("1.", "1)", "(1)", "\u2022", "-", "*", "\u25b8")
#: Held out a twelfth time (2026-12-02): written before the next change to how the notice finds a comment policy,
#: from how the big comment platforms' default community guidelines read as news sites embed them, English-language
#: newspapers and magazines in Asia and Europe, university and alumni news, local government and police news pages,
#: and podcast and video pages word their policies; not from the rules, nor from the lists above. Per item kind:
#: heading choices (printed without their stop) and sentence choices (one sentence or two). "comment" in them is
#: only ever a noun ("comment", "comments", "commenters") or "commenting", so that a site that never says it can
#: print another word (``NO_COMMENT_12``). British spelling; a document may print it in American (``AMERICAN_12``).
REWORDINGS_12 = (
    (  # respect
        ("Be respectful", "Respect others", "Treat people with respect", "Mutual respect"),
        (
            (
                "Treat fellow readers the way you would in a face-to-face conversation, even when you strongly "
                "disagree.",
            ),
            (
                "Disagreement is welcome here; disrespect is not.",
                "Argue with the idea, never with the person behind it.",
            ),
            ("We expect everyone taking part to show the same courtesy they would expect in return.",),
            ("Robust debate is fine, but keep your tone polite and assume good faith in the people you reply to.",),
        ),
    ),
    (  # harassment and trolling
        ("No harassment", "Don't troll", "No bullying or trolling", "Zero tolerance for harassment"),
        (
            (
                "Repeatedly targeting, mocking or following another user from thread to thread will get your account "
                "suspended.",
            ),
            ("Comments written only to provoke or upset others will be removed.",),
            (
                "Name-calling, threats and intimidation have no place here, whether aimed at readers, our journalists "
                "or the people in our stories.",
            ),
        ),
    ),
    (  # hate
        ("No hate speech", "No discrimination", "Hate has no home here"),
        (
            (
                "We remove content that attacks people on the basis of race, ethnicity, religion, gender, sexual "
                "orientation, disability or nationality.",
            ),
            ("Slurs, stereotypes and dehumanising language about any group will be deleted without warning.",),
            (
                "Content promoting hatred or violence against a group of people is not allowed and may be reported "
                "to the authorities.",
            ),
        ),
    ),
    (  # racial and religious harmony
        ("Racial and religious harmony", "Respect all faiths and races", "Sensitive issues"),
        (
            (
                "Remarks that could stir up ill will between races or religions will be taken down, and may be an "
                "offence under local law.",
            ),
            ("Please be mindful of our multicultural readership.", "Do not disparage any race, religion or community."),
            ("We do not publish comments that insult a faith, its followers or its places of worship.",),
        ),
    ),
    (  # topic
        ("Stay on topic", "Keep it relevant", "Stick to the subject"),
        (
            ("Keep your comments related to the article or episode above; threads that wander off may be closed.",),
            ("Please keep the discussion focused on the story.", "Unrelated comments will be removed."),
            ("If it has nothing to do with the piece you are reading, this is not the place for it.",),
        ),
    ),
    (  # spam and self-promotion
        ("No spam", "No advertising", "No self-promotion", "Spam and links"),
        (
            (
                "Promotional messages, referral codes and links to sell products or services will be removed, and "
                "repeat offenders banned.",
            ),
            ("Do not use this space to advertise your business, channel or podcast.",),
            (
                "Links are allowed only where they add to the discussion; link-dropping and chain messages are "
                "treated as spam.",
            ),
        ),
    ),
    (  # emergencies (police and council pages)
        ("Emergencies", "Not for emergencies", "Reporting a crime", "Need help now?"),
        (
            ("This page is not monitored around the clock. To report a crime or an emergency, call 999.",),
            (
                "Do not use comments to report crimes in progress.",
                "In an emergency always dial 911; for anything else, call the non-emergency number.",
            ),
            (
                "Comments here are not a way to contact the police.",
                "If you need urgent help, dial 112, or 101 if it is not an emergency.",
            ),
        ),
    ),
    (  # public record
        ("Public record", "Records and retention", "Open records notice"),
        (
            ("Anything you write on this page may be subject to public records law and may be kept by the city.",),
            (
                "Please be aware that comments made here may be archived and released under freedom of information "
                "requests.",
            ),
            ("As a government page, we retain all submissions in line with our records retention schedule.",),
        ),
    ),
    (  # individual cases
        ("Individual cases", "Personal matters", "Complaints and enquiries"),
        (
            (
                "We cannot discuss individual cases, investigations or service requests in a public thread; please "
                "contact the relevant department directly.",
            ),
            ("For a complaint about a specific officer or case, use the online form rather than leaving a comment.",),
            (
                "Staff will not answer questions about personal accounts on this page.",
                "Email the enquiries team instead.",
            ),
        ),
    ),
    (  # the law and the courts
        ("Legal matters", "Active court cases", "Contempt of court", "Don't prejudge a trial"),
        (
            (
                "Please do not speculate about the guilt or innocence of anyone facing charges; doing so may breach "
                "contempt laws.",
            ),
            (
                "Comments that could prejudice ongoing legal proceedings will be removed, and the publisher may be "
                "held liable.",
            ),
            ("Naming victims of sexual offences or anyone protected by a court order is against the law.",),
            ("Defamatory claims about real people are not allowed.", "If you can't back it up, don't write it."),
        ),
    ),
    (  # English only
        ("Language", "English only", "Use English"),
        (
            ("Comments should be written in English so that our moderators can review them.",),
            ("We can only moderate contributions in English; anything in other languages will be held back.",),
            ("Please write in English.", "Transliterated or mixed-language comments may not be approved."),
        ),
    ),
    (  # privacy
        ("Privacy", "Protect privacy", "Personal information"),
        (
            ("Never share your own or anyone else's phone number, home address, email or ID number.",),
            ("Do not post photos or details of private individuals without their consent.",),
            (
                "Sharing private information about another person, including students or staff, will lead to an "
                "immediate ban.",
            ),
        ),
    ),
    (  # moderation
        ("Moderation", "How we moderate", "Pre-moderation", "Why hasn't my comment appeared?"),
        (
            (
                "Every comment is reviewed by a moderator before it goes live, which can take up to 24 hours at "
                "weekends.",
            ),
            ("Our moderators may edit or remove any comment without notice.", "Their decision is final."),
            (
                "Comments are checked during office hours, Monday to Friday.",
                "Anything submitted outside those hours will be approved the next working day.",
            ),
            ("We use automated filters as well as human moderators, so a comment may occasionally be held in error.",),
        ),
    ),
    (  # whose views
        ("Views expressed", "Disclaimer", "Opinions are your own"),
        (
            (
                "Views expressed here belong to individual commenters and do not represent the university or its "
                "alumni association.",
            ),
            ("Publishing a reader's comment does not mean the publication agrees with it.",),
            ("Contributions are the opinions of their authors, not of the editors, the council or its staff.",),
        ),
    ),
    (  # spoilers
        ("Spoilers", "No spoilers", "Mind the spoilers"),
        (
            ("Tag spoilers clearly and give people a week after an episode drops before discussing the ending.",),
            ("Not everyone has finished the series yet.", "Keep plot details out of the first line of your reply."),
            ("Please flag anything that gives away a twist; untagged spoilers will be hidden.",),
        ),
    ),
    (  # adding something
        ("Add something useful", "Be constructive", "Share what you know"),
        (
            (
                "The best comments add a source, a correction or an experience of your own; timestamps help others "
                "find the moment you mean.",
            ),
            ("Constructive criticism is always welcome.", "Tell us what we got wrong and how we can do better."),
            ("Questions for the hosts are welcome and may be answered in a future episode.",),
        ),
    ),
    (  # copyright and piracy
        ("Copyright", "No piracy", "Respect copyright"),
        (
            ("Do not post links to pirated copies of our episodes, videos or paywalled articles.",),
            (
                "Only share material you have the right to share.",
                "Copied articles and full transcripts will be removed.",
            ),
            ("Reposting our journalism in full breaches copyright; a short quote and a link are fine.",),
        ),
    ),
    (  # identity
        ("One account per person", "No impersonation", "Be yourself"),
        (
            ("Do not pretend to be someone else, including staff, officials or public figures.",),
            ("Each reader may hold one account.", "Accounts created to get around a ban will be closed."),
            ("Use a display name that isn't offensive or misleading; we may ask you to change it.",),
        ),
    ),
    (  # reporting
        ("Report it", "Flag abuse", "See something wrong?"),
        (
            ("Use the flag icon next to any comment that breaks these guidelines and a moderator will take a look.",),
            ("If you spot abuse, report it rather than replying to it.", "Feeding trolls only makes things worse."),
            ('Click "Report" under a comment to alert our team; we review every report.',),
        ),
    ),
    (  # facts
        ("Accuracy", "No misinformation", "Check your facts"),
        (
            (
                "Knowingly sharing false or misleading claims, especially about health, elections or public safety, "
                "is not allowed.",
            ),
            (
                "Back up your claims with a source where you can.",
                "Rumours about an ongoing incident can put people at risk.",
            ),
            ("We remove comments that spread hoaxes or fabricated quotes.",),
        ),
    ),
)
POLICY_TITLES_12 = (
    "Community Guidelines",
    "Community Standards",
    "Comment Policy",
    "Before you comment",
    "House Rules",
    "Commenting Guidelines",
    "Social Media and Comment Policy",
    "Conversation Guidelines",
    "Ground Rules",
    "Posting Guidelines",
)
POLICY_INTROS_12 = (
    "We want this to be a space where everyone feels welcome to join the conversation.",
    "Please read these guidelines before commenting.",
    "Our community is only as good as the people in it. A few ground rules:",
    "By taking part in this discussion, you agree to the following.",
    "This page is moderated by the Communications Office.",
    "Comments are open to registered readers, subject to the rules below.",
)
POLICY_CLOSINGS_12 = (
    "Read our full Community Guidelines here.",
    "By commenting, you agree to our Terms of Use and Privacy Policy.",
    "Breaking these rules may lead to a ban. See our full terms of use for details.",
    "These guidelines form part of our Terms and Conditions, which you can read in full on our website.",
    "View the complete moderation policy (PDF).",
    "Questions about moderation? Email the community team or see the full house rules.",
)
#: Words a site that never says "comment" prints instead: (comment, comments, commenting, commenters).
NO_COMMENT_12 = (
    ("post", "posts", "posting", "posters"),
    ("reply", "replies", "replying", "members"),
    ("contribution", "contributions", "contributing", "contributors"),
    ("message", "messages", "taking part", "participants"),
)
AMERICAN_12 = {
    "dehumanising": "dehumanizing",
    "offence": "offense",
    "enquiries": "inquiries",
    "rumours": "rumors",
}
NUMBERS_12 = ("{}.", "{})", "({})", "{} -")
BULLETS_12 = ("\u2022", "-", "*", "\u00b7", "\u25cb", "\u2713")
REWORDINGS_13 = (  # (headings, sentence variants): sports, stations, trade journals, guestbooks, students, wires
    (
        ("Be civil", "Keep it civil", "Respect each other"),
        (
            ("Disagree all you want, but do it without insulting the people you are talking to.",),
            (
                "Treat fellow readers the way you would want to be treated at the kitchen table.",
                "Name-calling and insults will get your posts removed.",
            ),
            ("Argue the point, not the person.",),
            ("Comments that insult other readers or the writer will be taken down.",),
        ),
    ),
    (
        ("Leave the players alone", "No attacks on athletes", "Players are people too"),
        (
            (
                "Criticize a play call or a missed free throw all you like, but personal shots at athletes, coaches or "
                "officials will be deleted.",
            ),
            (
                "Many of the athletes we cover are teenagers.",
                "Do not post anything about them you would not say to their parents.",
            ),
            ("Questioning a coach's decisions is fair game; mocking someone's family, body or background is not.",),
        ),
    ),
    (
        ("Keep the rivalry friendly", "Trash talk", "Banter, not bile"),
        (
            ("Rivalry banter is part of the fun here, as long as it stays about the teams and not the fans.",),
            (
                "Visiting fans are always welcome in these threads.",
                "Give them the same courtesy you would expect in their building.",
            ),
            ("Good-natured ribbing is fine; threats, slurs and wishing injury on anyone are not.",),
        ),
    ),
    (
        ("No rumors", "Rumors and unconfirmed reports", "Sources, please"),
        (
            (
                "Do not pass off injury rumors, recruiting gossip or trade chatter as fact without a link to a "
                "credible report.",
            ),
            ('If you heard it from "a friend of a friend," say so, or better yet, keep it to yourself.',),
            ("Unsourced comments about a player's health or legal troubles will be removed.",),
        ),
    ),
    (
        ("Share memories", "Condolences only", "A place for remembrance", "Guestbook entries"),
        (
            ("This guestbook is for sharing condolences, memories and words of comfort with the family.",),
            (
                "Please keep entries kind and personal.",
                "Disputes about estates, debts or family matters do not belong here.",
            ),
            ("Entries are reviewed by the funeral home before they appear and may be shared with the family.",),
        ),
    ),
    (
        ("Not medical advice", "No clinical advice", "Consult your physician"),
        (
            ("Posts on this site are not a substitute for professional medical advice, diagnosis or treatment.",),
            (
                "Readers should not rely on other users' posts to make decisions about their own care or their "
                "patients' care.",
            ),
            (
                "Do not recommend doses, off-label uses or unproven treatments.",
                "Cite peer-reviewed evidence where you can.",
            ),
        ),
    ),
    (
        ("Patient confidentiality", "Protect patient privacy", "Confidentiality"),
        (
            ("Never post details that could identify a patient, client or case, even with the names removed.",),
            (
                "Case discussions must be fully de-identified; dates, locations and rare conditions can give a "
                "person away.",
            ),
            ("Comments describing identifiable patients will be deleted and may be reported to the editors.",),
        ),
    ),
    (
        ("Not legal advice", "No legal advice", "Pending cases"),
        (
            (
                "Nothing posted here is legal advice, and no attorney-client relationship is formed by taking part in "
                "the discussion.",
            ),
            (
                "Do not discuss the merits of matters in which you are counsel, or cases that are still before the "
                "court.",
            ),
            ("Members of the bar remain bound by their rules of professional conduct when they post here.",),
        ),
    ),
    (
        ("Declare your interests", "Disclose conflicts", "Conflicts of interest"),
        (
            ("If you work for, consult for or hold shares in a company you are discussing, say so in your post.",),
            (
                "Undisclosed ties to manufacturers, seed or chemical companies, or law firms involved in a story may "
                "get "
                "your account suspended.",
            ),
            ("Readers deserve to know who is speaking.", "Name your employer when it is relevant to the discussion."),
        ),
    ),
    (
        ("No sales pitches", "Advertising", "Keep marketing out"),
        (
            (
                "Do not use this space to sell equipment, livestock, inputs or services; our classifieds section is "
                "the "
                "place for that.",
            ),
            ("Promotional posts, affiliate links and repeated links to your own site will be removed as spam.",),
            ("Ticket resellers and betting sites are not welcome here.",),
            ("Comments advertising products or services will be removed.",),
        ),
    ),
    (
        ("Safety first", "Dangerous practices", "Play it safe"),
        (
            (
                "Do not post instructions that bypass safety interlocks, exceed rated loads or ignore the "
                "manufacturer's label.",
            ),
            (
                "Advice on handling chemicals, electrical work or heavy machinery should follow the applicable codes "
                "and "
                "label directions.",
            ),
        ),
    ),
    (
        ("Have a tip?", "Tips and story ideas", "Contact the newsroom"),
        (
            (
                "Please do not post tips or documents here.",
                "Send them to our reporters through the secure contact form instead.",
            ),
            (
                "This is not a confidential channel.",
                "If you have information about a story, email the newsroom directly.",
            ),
            ("Story ideas and corrections should go to the editors, not into the comment thread.",),
        ),
    ),
    (
        ("Students and minors", "Protect students", "No naming students"),
        (
            (
                "Do not name or identify students, minors or private individuals who are not already named in the "
                "story.",
            ),
            (
                "This paper is run by students.",
                "Criticize our reporting, but do not target individual staff members or classmates.",
            ),
        ),
    ),
    (
        ("Wire stories", "About this story", "Syndicated content"),
        (
            ("This article comes from a news service partner; its editors do not read or answer posts on our site.",),
            (
                "Corrections to wire stories should be sent to the agency.",
                "Our editors cannot change the agency's copy.",
            ),
            ("Comments on partner stories are moderated by our staff, not by the news agency.",),
        ),
    ),
    (
        ("On the air", "Your words on air", "Broadcast use"),
        (
            ("Posts may be read on air or shown during our newscasts, along with your screen name.",),
            ("By posting you allow the station to use your words in broadcasts and on its social media pages.",),
            ("We may feature your comment in a newscast or on our morning show.",),
        ),
    ),
    (
        ("Moderation", "We review posts", "Moderated discussion", "Comment moderation"),
        (
            ("Posts are reviewed before they appear, so there may be a delay, especially on nights and weekends.",),
            (
                "Our small staff reads every submission.",
                "We remove posts that break these rules and may ban repeat offenders without warning.",
            ),
            ("Editors may close a thread at any time.",),
            ("Comments are held for approval and usually published within a few hours.",),
        ),
    ),
    (
        ("No hate", "Hate speech", "Zero tolerance for bigotry"),
        (
            ("Racist, sexist, homophobic or otherwise hateful language will be removed and the account blocked.",),
            (
                "Attacks on people because of their race, religion, nationality, disability, gender or sexual "
                "orientation "
                "are not allowed.",
            ),
        ),
    ),
    (
        ("Use your real name", "Real names", "Verified members"),
        (
            (
                "Posting is limited to verified subscribers, and your full name and credentials appear next to what "
                "you write.",
            ),
            ("We ask professionals to post under their own names and state their field or practice.",),
            ("Anonymous comments are not accepted on this site.",),
        ),
    ),
    (
        ("Stay on topic", "Stick to the story", "On topic, please"),
        (
            ("Keep the discussion about the article above.", "Off-topic posts may be removed without notice."),
            ("Game threads are for the game; save the politics for somewhere else.",),
            ("Comments unrelated to the subject of the article will be deleted.",),
        ),
    ),
    (
        ("Report abuse", "Flag it", "See something?"),
        (
            ("Use the flag icon next to any post that breaks these guidelines, and a moderator will take a look.",),
            ("Please do not reply to trolls or feed an argument.", "Report the post and move on to the next one."),
            ('Click "Report" under a comment that crosses the line.',),
        ),
    ),
)
POLICY_TITLES_13 = (
    "Discussion Rules",
    "Posting Guidelines",
    "Before You Post",
    "Guestbook Guidelines",
    "Forum Rules",
    "Ground rules for this discussion",
    "Comment Guidelines",
    "Reader Comment Policy",
    "Community Standards",
)
POLICY_INTROS_13 = (
    "We want this to be a lively place to talk about the game. A few ground rules:",
    "Our readers are professionals, and we expect the discussion to reflect that.",
    "Please read the following before you post.",
    "Thank you for taking part in the conversation. We ask that everyone follow these guidelines.",
    "We welcome comments from readers, within a few limits.",
)
POLICY_CLOSINGS_13 = (
    "Read our full terms of use at the link below.",
    "By posting, you agree to our Terms of Service and Privacy Policy.",
    "The complete discussion rules are on our Terms of Use page.",
    "Full posting guidelines: see Terms and Conditions at the bottom of this page.",
    "For our full comment policy, visit the Terms of Service page.",
)
NUMBERS_13 = ("{}.", "{})", "({})", "{} -", "#{}")
BULLETS_13 = ("\u2022", "-", "*", "\u25cf", "\u25a0", "\u00bb", "\u2013")
INLINE_13 = (": ", " - ", " \u2013 ", " \u2014 ", ". ")  # a heading printed before its sentence on the same line
REWORDINGS_14 = (  # (headings, sentence variants): Commonwealth and Asian English papers, culture, science, tech, civic
    (  # respect for other readers
        ("Play the ball, not the player", "Be respectful", "Mind your manners", "Respect other readers"),
        (
            ("Argue with the idea, not the person who holds it.",),
            ("Robust debate is welcome, but insults aimed at other readers or our writers will be removed.",),
            ("Disagree as strongly as you like, but do it politely.", "Name-calling will get your posts deleted."),
            ("Treat fellow readers the way you would at a public meeting in your own town hall.",),
        ),
    ),
    (  # hate: race, religion, caste, tribe, gender
        ("No hate speech", "Zero tolerance for bigotry", "Hate has no home here"),
        (
            (
                "Comments that attack people on the basis of race, religion, caste, tribe, gender or sexuality "
                "will be deleted and the account banned.",
            ),
            ("We remove anything that stirs up hatred against a community, whether by religion, ethnicity or region.",),
            ("Tribal, communal or racial slurs are never acceptable, even as a joke.",),
        ),
    ),
    (  # topic
        ("Stay on topic", "Keep to the subject", "Relevance"),
        (
            ("Keep your remarks relevant to the article above.",),
            ("Off-topic posts, including political rants under recipe and review pages, may be removed.",),
            ("If your comment has nothing to do with the story, it probably belongs somewhere else.",),
        ),
    ),
    (  # the law: defamation, contempt, sub judice
        ("Mind the law", "Legal matters", "Defamation and court cases", "Sub judice"),
        (
            (
                "Do not post anything defamatory, or anything that could prejudice a case before the courts.",
                "You may be held personally liable.",
            ),
            ("Speculating about the guilt of anyone charged with an offence can amount to contempt of court.",),
            ("We will not publish allegations against named people that cannot be substantiated.",),
        ),
    ),
    (  # privacy: how readers' data is handled
        ("Your privacy", "Privacy", "How we use your details"),
        (
            ("Your email address is never shown publicly and is used only to verify your account.",),
            (
                "We process your personal data in line with our privacy policy.",
                "Only your display name appears next to your posts.",
            ),
            ("Never share your phone number, home address or ID number in a public post.",),
        ),
    ),
    (  # moderation delays
        ("Moderation", "Why hasn't my comment appeared?", "Pre-moderation", "Please be patient"),
        (
            ("All comments are read by a moderator before they go live, which can take up to 24 hours.",),
            ("Our small team moderates during office hours, so posts made overnight or at weekends may take longer.",),
            ("Every post is checked before it is published.", "We do not discuss individual moderation decisions."),
        ),
    ),
    (  # closing an account
        ("Deleting your account", "Closing your account", "Leaving us"),
        (
            ("To close your account and remove your profile, use the Delete account button under Settings.",),
            (
                "You can ask us to delete your account at any time.",
                "Posts already published may remain, shown as from a former member.",
            ),
            ("Write to the community team if you want your profile and past posts erased.",),
        ),
    ),
    (  # advertising and self-promotion
        ("No advertising", "No spam or self-promotion", "Selling"),
        (
            ("Do not use this space to advertise products, services, events or your own channel.",),
            ("Links to commercial sites, referral codes and repeated posts will be treated as spam.",),
            ("Musicians, authors and restaurateurs: please don't plug your own work in replies to reviews of others.",),
        ),
    ),
    (  # errors to the newsroom
        ("Spotted a mistake?", "Corrections", "Report an error", "Found an error in this story?"),
        (
            ("Factual errors in our reporting should be sent to the newsroom rather than posted here.",),
            ("Email corrections@ourpaper.co.ke with the headline and the error, and an editor will look into it.",),
            (
                "We aim to correct mistakes as promptly as we can.",
                "Use the Report an error link at the foot of every article.",
            ),
        ),
    ),
    (  # health and science misinformation
        ("Health claims", "Medical advice", "Science, not rumour", "Misinformation"),
        (
            ("Posts promoting unproven cures or discouraging vaccination will be taken down.",),
            ("Nothing here is medical advice; speak to your doctor before changing any treatment.",),
            ("Back up scientific claims with a source, preferably peer-reviewed research.",),
        ),
    ),
    (  # spoilers
        ("No spoilers", "Spoiler warning", "Spoilers"),
        (
            ("Do not reveal plot twists or endings for films, shows or books still in release.",),
            ("Flag any spoilers at the top of your post so others can skip it.",),
        ),
    ),
    (  # real names and identity
        ("Use your real name", "Identity", "Be yourself", "No impersonation"),
        (
            ("We ask readers to post under their own name; pseudonyms may be rejected.",),
            ("Pretending to be someone else, including our journalists or public figures, will get you banned.",),
            (
                "Each reader may hold only one account.",
                "Multiple profiles used to back up your own argument will be closed.",
            ),
        ),
    ),
    (  # language
        ("Language", "Keep it clean", "Watch your language"),
        (
            ("Swearing, including disguised swearing with asterisks, is not permitted.",),
            ("Avoid typing in capitals; it reads as shouting.",),
            ("Crude or sexually explicit language will be removed, whatever the subject of the article.",),
        ),
    ),
    (  # English only
        ("English please", "Write in English", "One language"),
        (
            (
                "Please write in English so our moderators can read your post.",
                "Posts in other languages may be removed.",
            ),
            ("We can only moderate English, so posts in Hindi, Tagalog, Swahili or Afrikaans cannot be published.",),
        ),
    ),
    (  # flagging abuse
        ("Report abuse", "Flag it", "Seen something unacceptable?"),
        (
            ("Use the flag icon next to any post that breaks these rules, and a moderator will review it.",),
            ("Please don't respond to trolls or bait.", "Report the post and let us deal with it."),
        ),
    ),
    (  # whose views
        ("Disclaimer", "Your views are your own", "Opinions"),
        (
            ("Views expressed by readers are their own and do not represent those of the publication.",),
            ("Publishing a reader's post does not mean we endorse it.",),
        ),
    ),
    (  # faith and community papers
        ("Charity in all things", "Respect other faiths", "Speak with kindness"),
        (
            ("Discuss matters of faith with charity; mockery of any religion or its leaders will not be published.",),
            (
                "This is a small community paper run by volunteers.",
                "Please remember that your neighbours read these pages too.",
            ),
        ),
    ),
    (  # council and school pages: not a service channel, children
        ("Not a service request", "Reporting problems to the council", "Urgent issues"),
        (
            (
                "This page is not monitored for service requests.",
                "To report a missed bin or a pothole, use the online form or call the customer centre.",
            ),
            ("Do not use this page for complaints or emergencies; contact the relevant department directly.",),
        ),
    ),
    (  # pupils and minors
        ("Protect our pupils", "Children", "Students and minors"),
        (
            ("Do not name or identify pupils, staff or families in your post.",),
            ("Photos and details of children will be removed without notice.",),
        ),
    ),
    (  # reviews: declared interests
        ("Declare your interest", "Disclosure", "Conflicts of interest"),
        (
            ("If you work for a brand or were given a product for free, say so when you post about it.",),
            ("Readers connected to a film, album or book under review should disclose that connection.",),
        ),
    ),
    (  # accuracy of one's own claims
        ("Be accurate", "Check your facts", "Get it right"),
        (
            ("Post only what you know to be true, and link to sources where you can.",),
            ("Rumours and unverified forwards from messaging apps will not be published.",),
        ),
    ),
)
POLICY_TITLES_14 = (
    "Posting guidelines",
    "Discussion rules",
    "Before you post",
    "House rules",
    "Community standards",
    "Reader comments policy",
    "Have your say",
    "Join the conversation",
    "Terms of participation",
)
POLICY_INTROS_14 = (
    "We value your views. Please read the following before joining the discussion.",
    "Our pages are a place for informed, good-natured debate. A few ground rules apply.",
    "By posting you agree to abide by the rules below.",
    "Contributions are welcome from all readers who follow these guidelines.",
)
POLICY_CLOSINGS_14 = (
    "Read our full community guidelines at /about/community-guidelines.",
    "Full terms of use: www.example-news.co.za/terms",
    "Questions about moderation? Email community@ourpaper.ie and we will reply within two working days.",
    "These rules form part of our Terms and Conditions, which you can read in full here.",
    "See our complete Privacy Policy and Terms of Service for more.",
    "Repeated breaches may lead to a permanent ban. Full rules: see Terms of Use.",
)
NUMBERS_14 = ("{}.", "{})", "({})", "{} -", "Rule {}:", "{}:")
BULLETS_14 = ("\u2022", "-", "*", "\u2013", "\u25ba", "\u2666", "\u25e6", ">")
INLINE_14 = (": ", " - ", " \u2013 ", " \u2014 ", ": ")  # a heading printed before its sentence on one line
REWORDINGS_15 = (  # (headings, sentence variants): small-town and rural papers, alt-weeklies, business, motoring, travel, parenting, gaming, outdoor, public broadcasters
    (
        ("Be a good neighbor", "Remember it's a small town", "Treat others as you'd like to be treated"),
        (
            ("Around here we run into each other at the grocery store, so write the way you would talk face to face.",),
            (
                "Most of the people you are arguing with live down the road.",
                "Please disagree without being disagreeable or personal.",
            ),
            ("Comments that insult, belittle or bully other readers will be taken down.",),
        ),
    ),
    (
        ("Stick to the story", "Stay on topic", "Keep it relevant"),
        (
            (
                "Replies should relate to the article above them; a county board story is not the place to relitigate the last election.",
            ),
            ("Off-topic posts may be removed, even when they are polite.",),
            (
                "Keep the discussion to the subject of the article.",
                "Open threads for general chatter run every Friday.",
            ),
        ),
    ),
    (
        ("No accusations", "Don't name names", "Leave private citizens out of it"),
        (
            ("Do not accuse a named person of a crime or wrongdoing that has not been reported or proven in court.",),
            ("Please don't identify private individuals, their relatives or their employers in your posts.",),
            (
                "Rumors about neighbors, teachers or local business owners will not be published.",
                "If you have a tip, send it to the newsroom instead.",
            ),
        ),
    ),
    (
        ("No hate", "Zero tolerance for bigotry", "Respect everyone"),
        (
            (
                "Slurs or attacks based on race, ethnicity, religion, gender, sexual orientation, disability or age are not allowed.",
            ),
            ("We remove any post that demeans people for who they are, and repeat offenders lose their accounts.",),
        ),
    ),
    (
        ("Your privacy", "How we use your information", "Privacy"),
        (
            ("We never publish your email address, and we do not sell the information you give us when you register.",),
            (
                "Your display name and posts are public; your email address and IP address are kept private under our privacy policy.",
            ),
            ("Never post phone numbers, home addresses or other personal details, yours or anyone else's.",),
        ),
    ),
    (
        ("Moderation", "Why hasn't my post appeared?", "Posts are reviewed"),
        (
            ("Every comment is read by a member of our small staff before it appears, so please allow a few hours.",),
            ("Posts submitted overnight or on weekends may not be approved until the next business day.",),
            (
                "Our moderators review contributions during office hours.",
                "We reserve the right to edit or reject any submission.",
            ),
        ),
    ),
    (
        ("Deleting your account", "Closing your account", "Leaving us"),
        (
            (
                "You can delete your account at any time from your profile settings; your past comments will be removed within 30 days.",
            ),
            ("To close your account and erase your posts, write to us and we will confirm by email.",),
        ),
    ),
    (
        ("No advertising", "No spam or selling", "Self-promotion"),
        (
            (
                "Do not use this space to advertise products, services, events or websites.",
                "Our classifieds section is the place for that.",
            ),
            ("Links to your own business, affiliate programs or fundraisers will be treated as spam and deleted.",),
            (
                "Posts that sell something, or repeat the same message across many stories, will be removed without notice.",
            ),
        ),
    ),
    (
        ("Spotted an error?", "Corrections", "Report a mistake to the newsroom"),
        (
            (
                "If you think we got something wrong, email the editor rather than posting it here, so we can check it and correct the story.",
            ),
            (
                "Corrections and factual errors should go to the newsroom through our contact form.",
                "Readers' posts are not monitored by reporters.",
            ),
            (
                "We correct our mistakes as quickly as we can.",
                "Tell us about them at the address below, not in the thread.",
            ),
        ),
    ),
    (
        ("Not financial advice", "Disclose your positions", "Investment talk"),
        (
            (
                "Nothing posted here is investment advice.",
                "Do your own research before buying or selling any security.",
            ),
            ("If you hold a stake in a company you are discussing, say so in your post.",),
            ("Pump-and-dump schemes, stock tips for sale and crypto promotions are removed and the accounts banned.",),
        ),
    ),
    (
        ("Drive safely", "No reckless driving talk", "Safety first"),
        (
            (
                "We won't publish posts that encourage street racing, speeding on public roads or driving after drinking.",
            ),
            ("Videos or boasts of illegal driving will be deleted, however impressive the car.",),
        ),
    ),
    (
        ("Protect the kids", "About children", "Keep children's details private"),
        (
            ("Never share a child's full name, school or photo, whether the child is yours or someone else's.",),
            (
                "Every family makes different parenting choices, and that's fine.",
                "Share your experience without shaming other parents for theirs.",
            ),
            ("Medical questions about your child belong with your pediatrician, not with strangers on the internet.",),
        ),
    ),
    (
        ("Spoilers", "No leaks or cheats", "Play fair"),
        (
            ("Mark story spoilers clearly, and don't post them at all for a game's first two weeks on sale.",),
            ("Links to pirated games, cheat software, account sellers or leaked builds will be removed.",),
            ("Trash talk about a team's play is fine; harassing players, casters or their families is not.",),
        ),
    ),
    (
        ("Respect game laws", "Know the regulations", "Hunt and fish legally"),
        (
            (
                "Posts that describe poaching, trespassing or taking game out of season will be removed and may be passed to wildlife officers.",
            ),
            (
                "Please don't reveal the exact location of private land or someone else's fishing spot without permission.",
            ),
            ("Harvest photos are welcome; gratuitous images of wounded animals are not.",),
        ),
    ),
    (
        ("Your words on air", "We may use your contribution", "Use of your posts"),
        (
            (
                "By posting you agree that we may quote your contribution on air, online or in print, with your display name.",
            ),
            (
                "Selected comments may be read on our regional programs.",
                "Tell us in your post if you'd rather we didn't.",
            ),
        ),
    ),
    (
        ("Travel tips and bookings", "Sharing tips", "Reviews"),
        (
            (
                "Share what you learned on your own trips, but no booking links, referral codes or reviews of places you own or work for.",
            ),
            (
                "Prices, fees and opening hours change often.",
                "Check with the operator before you rely on another reader's advice.",
            ),
        ),
    ),
    (
        ("Punch up", "Argue the point", "Snark is fine, cruelty isn't"),
        (
            (
                "Sharp opinions about public figures and policies are welcome here.",
                "Going after someone's looks, family or job instead of their argument is not.",
            ),
            ("Satire is fine, but threats, even ones you meant as jokes, get deleted and may be reported to police.",),
        ),
    ),
    (
        ("Clean it up", "Family-friendly language", "No cursing"),
        (
            ("Swearing, including words with letters swapped for symbols, will keep your post from being published.",),
            (
                "Please keep everything you post family friendly.",
                "Our readers range from teenagers to great-grandparents.",
            ),
            ("Obscene or sexually explicit language is not allowed.",),
        ),
    ),
    (
        ("Flag it", "See something, report it", "Report abuse"),
        (
            ("Use the report button under any post that breaks these rules rather than replying to it.",),
            ("If someone is harassing you, flag the post and our moderators will take a look, usually within a day.",),
        ),
    ),
    (
        ("Use your real name", "One person, one account", "Be yourself"),
        (
            ("We ask that you post under your own first and last name, as you would sign a letter to the editor.",),
            (
                "Multiple accounts and impersonating another reader or a public figure will get all your accounts suspended.",
            ),
        ),
    ),
)
POLICY_TITLES_15 = (
    "Comment Policy",
    "Discussion rules",
    "Posting guidelines",
    "Before you post",
    "House Rules",
    "Community guidelines",
    "Before you comment",
    "Reader Forum Rules",
    "Join the conversation",
)
POLICY_INTROS_15 = (
    "We welcome your thoughts on our stories. A few ground rules:",
    "Thanks for joining the conversation. Please read the following before you post.",
    "This is a space for readers to talk with each other about the news. Here's what we ask.",
    "By submitting a comment you agree to the following:",
)
POLICY_CLOSINGS_15 = (
    "Read our full terms of use at the link below.",
    "See our Terms of Service and Privacy Policy for the complete rules.",
    "Questions about these rules? Email the managing editor at editor@ourpaper.com.",
    "The full posting guidelines are available on our About Us page.",
    "Concerns about a post can be sent to moderators@newsroom.org.",
)
NUMBERS_15 = ("{}.", "{})", "({})", "{} -", "{}:", "No. {}")
BULLETS_15 = ("\u2022", "-", "*", "\u25aa", "\u2192", "\u2714", "\u25c6", "o")
INLINE_15 = (": ", " - ", " \u2013 ", " \u2014 ", ": ")  # a heading printed before its sentence on one line
REWORDINGS_16 = (  # (headings, sentence variants): opinion and letters pages, investigative and data desks, alumni magazines, business journals, sports clubs, weather desks, arts reviews, podcasts
    (
        ("Argue with the argument", "Take on the idea, not the writer", "Disagree well"),
        (
            (
                "Our columnists expect to be challenged.",
                "Rebut what they wrote rather than speculating about their motives or private lives.",
            ),
            ("Pick apart the reasoning all you like; insults aimed at the author or other readers will be removed.",),
            ("Robust disagreement is welcome here, but make your case on the merits of the piece.",),
        ),
    ),
    (
        ("Show your working", "Cite your sources", "Back it up"),
        (
            ("If you dispute a figure in our analysis, link to the dataset or document you are relying on.",),
            (
                "Claims of fact should come with a source.",
                "Posts that present rumour as established fact may be held back.",
            ),
            ("Our methodology is published with every data story; point to the step you think is wrong.",),
        ),
    ),
    (
        ("Have a tip?", "Documents and leaks", "Tips go to the newsroom"),
        (
            (
                "Do not post confidential documents or the names of sources here.",
                "Send them to our reporters through the secure tips page instead.",
            ),
            (
                "This thread is public.",
                "If you have information about the story, contact the investigations team privately.",
            ),
            ("Anything posted below can be seen by everyone, including the people we report on.",),
        ),
    ),
    (
        ("Not for emergencies", "In an emergency", "Life-threatening situations"),
        (
            ("This page is not monitored around the clock.", "If life or property is at risk, call 911 now."),
            ("Do not use this space to request rescue or report a fire; contact emergency services directly.",),
            ("Staff cannot dispatch help from here.", "In an emergency dial 999 or your local emergency number."),
        ),
    ),
    (
        ("Official warnings only", "Rumours during severe weather", "Stick to verified information"),
        (
            (
                "Please do not repost evacuation orders, road closures or shelter locations unless they come from an official agency.",
            ),
            (
                "False reports spread quickly during storms and floods.",
                "Link to the weather service or county emergency office when you share a warning.",
            ),
            ("Unverified sightings of tornadoes or damage may be removed until they can be confirmed.",),
        ),
    ),
    (
        ("Respect the officials", "Referees and volunteers", "Leave the ref alone"),
        (
            ("Criticism of named referees, umpires, coaches or club volunteers will be taken down.",),
            (
                "Our league runs on volunteers.",
                "Abuse of match officials online is treated exactly as it would be on the touchline.",
            ),
            ("Questioning a decision is part of sport; questioning someone's integrity is not.",),
        ),
    ),
    (
        ("Junior players", "Young athletes", "Players under 18"),
        (
            ("Do not name, rate or criticise players in our junior and youth sections.",),
            ("Posts about under-18 players must be positive and must not include photos, schools or addresses.",),
            ("Our youth teams are children.", "Anything that singles one of them out will be deleted without notice."),
        ),
    ),
    (
        ("Spoiler warning", "Mind the ending", "No spoilers"),
        (
            (
                "The production is still running.",
                "Keep plot twists and the ending out of the thread, or mark them clearly.",
            ),
            ("Readers who have not seen the show yet are reading too; flag any spoilers at the start of your post.",),
        ),
    ),
    (
        ("Review the work", "About the performers", "The show, not the cast's looks"),
        (
            (
                "Say what you thought of the staging, the writing or the music, but leave performers' bodies and private lives alone.",
            ),
            ("Personal remarks about actors, dancers or musicians will not be approved.",),
            ("Critique the performance as harshly as you like.", "Comments on appearance are off limits."),
        ),
    ),
    (
        ("Our guests", "About this episode", "Be kind to guests"),
        (
            (
                "The people we interview are not staff and did not sign up for a pile-on.",
                "Treat them as you would a guest at your table.",
            ),
            ("Questions for the hosts?", "Send them to the listener mailbag and we may answer them on the show."),
            ("Please quote a timestamp when you refer to something said in the episode.",),
        ),
    ),
    (
        ("Classmates and colleagues", "Faculty and students", "Campus matters"),
        (
            ("Posts about the private lives of named students, staff or alumni will not be published.",),
            ("Complaints about individual faculty members should go to the university, not to this page.",),
            ("Class notes, reunion news and obituaries belong in the alumni notes section rather than here.",),
        ),
    ),
    (
        ("Declare your interest", "Disclosure", "Conflicts of interest"),
        (
            ("If you work for, invest in or compete with a company in the story, say so in your post.",),
            ("Readers deserve to know who is talking.", "Disclose any financial stake in the businesses we cover."),
            ("Undisclosed posts by employees, agencies or shareholders of a named firm will be removed.",),
        ),
    ),
    (
        ("Market rumours", "Not investment advice", "Share prices and deals"),
        (
            (
                "Do not present rumours about takeovers, layoffs or share prices as fact.",
                "Nothing posted here is financial advice.",
            ),
            ("Tips on which stocks to buy or sell are not permitted.",),
        ),
    ),
    (
        ("Your privacy", "How we use your details", "Privacy"),
        (
            (
                "We keep your email address to run your account and never display it.",
                "Our privacy notice explains how long we hold your data.",
            ),
            ("Your username and what you post are public; everything else you give us stays private.",),
            ("We do not sell readers' personal information to advertisers.",),
        ),
    ),
    (
        ("Why isn't my post showing?", "Delays", "Pre-moderation"),
        (
            (
                "Every post is read by an editor before it appears, which can take up to a day at weekends and on holidays.",
            ),
            ("Posts are checked by hand during office hours.", "Overnight submissions will appear the next morning."),
            (
                "Moderation can be slow when a story attracts a lot of interest.",
                "Please do not submit the same post twice.",
            ),
        ),
    ),
    (
        ("Closing your account", "Deleting your account", "Leaving"),
        (
            ("You can delete your account at any time from your profile settings.",),
            ("If you close your account, your past posts will be anonymised rather than removed.",),
            ("To have your profile and history erased, email our data protection officer.",),
        ),
    ),
    (
        ("No advertising", "Promotions", "Selling"),
        (
            ("Links to businesses, ticket resales, fundraisers or your own channel will be treated as spam.",),
            ("This is not a noticeboard.", "Adverts, job offers and sales pitches are deleted."),
            ("Self-promotion, affiliate links and repeated links to the same site are not allowed.",),
        ),
    ),
    (
        ("Spotted a mistake?", "Corrections", "Errors in the story"),
        (
            (
                "Report factual errors to the corrections desk at corrections@example.com; reporters do not always read the thread.",
            ),
            (
                "If we got something wrong, tell the newsroom directly using the report-an-error link at the top of the article.",
            ),
            ("Our standards editor reviews every correction request within two working days.",),
        ),
    ),
    (
        ("Zero tolerance", "Hate speech", "Discrimination"),
        (
            ("Slurs or attacks on anyone's race, religion, disability, gender or sexuality lead to an immediate ban.",),
            ("We remove bigotry of any kind.", "Repeat offenders lose their accounts."),
        ),
    ),
    (
        ("Keep it short", "Length", "Write a letter instead"),
        (
            ("Posts over 300 words may be cut.", "Longer responses can be submitted as a letter to the editor."),
            ("If you have more to say than fits in a few paragraphs, send us a letter for the print edition.",),
        ),
    ),
    (
        ("One account each", "Sock puppets", "Be who you say you are"),
        (
            ("Using more than one account to back up your own argument will get all of them suspended.",),
            ("Do not impersonate reporters, public figures or other readers.",),
        ),
    ),
    (
        ("Report, don't reply", "Flag it", "Seen something wrong?"),
        (
            ("If a post breaks these rules, use the report button rather than arguing with it.",),
            ("Flagged posts are reviewed by a moderator.", "Replying to trolls only keeps them going."),
            ("Use the flag icon beside any comment that crosses the line and our team will look at it.",),
        ),
    ),
    (
        ("Our decision is final", "Editors' discretion", "Moderation"),
        (
            ("Editors may remove any post, close a discussion or suspend an account without giving a reason.",),
            ("We cannot enter into correspondence about individual moderation decisions.",),
            (
                "Discussions close automatically seven days after publication.",
                "Threads on court cases may not open at all.",
            ),
        ),
    ),
)
POLICY_TITLES_16 = (
    "Discussion rules",
    "Posting guidelines",
    "Before you post",
    "Letters and comments policy",
    "Community standards",
    "House rules",
    "Conversation guidelines",
    "Listener discussion guidelines",
    "Reader forum rules",
    "Club forum etiquette",
)
POLICY_INTROS_16 = (
    "We want this to be a place for informed argument. A few ground rules:",
    "Please read these before you post.",
    "By taking part you agree to the following.",
    "Our discussions are moderated. Here is what we expect.",
    "Comments are open on this article. Please keep the following in mind.",
)
POLICY_CLOSINGS_16 = (
    "Read our full terms of use at example.com/terms.",
    "Full posting guidelines: example.com/about/community-standards",
    "Questions about moderation? Write to moderators@example.com.",
    "These rules form part of our Terms of Service, which you can read in full here.",
    "See our complete comment policy for details.",
    "Contact the audience team at community@example.com with any concerns.",
)
NUMBERS_16 = ("{}.", "{})", "({})", "{} \u2013", "Rule {}.", "[{}]")
BULLETS_16 = ("\u2022", "-", "*", "\u2013", "\u25cf", "\u203a", "+", "\u25a1")
INLINE_16 = (": ", " - ", " \u2013 ", " \u2014 ", ". ", ": ")  # a heading printed before its sentence on one line
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
REWORDINGS_19 = (  # (headings, sentence variants): Canadian and Irish regionals, public radio, community, LGBTQ+, military, housing, schools, faith, travel, puzzles
    (
        ("Be respectful", "Keep it civil", "Respect one another", "Mind your manners"),
        (
            ("Disagree with ideas, not with people; comments that insult other readers will be removed.",),
            ("Treat fellow readers the way you would want to be treated at a town hall meeting.",),
            ("Lively debate is always welcome here.", "Name-calling, taunts and sneering are not."),
            ("Argue as hard as you like about the issue, but leave other posters out of it.",),
        ),
    ),
    (
        ("No hate speech", "Zero tolerance for bigotry", "No racism or discrimination"),
        (
            (
                "Posts that demean people because of their race, ethnicity, immigration status, religion, sexual "
                "orientation or gender identity will be deleted.",
            ),
            ("Racist slurs, coded language and dog whistles earn an immediate ban, with no warning.",),
            (
                "We remove anything that attacks people for who they are, including their colour, faith, "
                "disability, sexuality or gender.",
            ),
        ),
    ),
    (
        ("Respect identities", "Names and pronouns", "No misgendering or outing"),
        (
            (
                "Refer to people by the names and pronouns they use; deliberate misgendering or deadnaming is "
                "treated as harassment.",
            ),
            ("Whether trans and nonbinary people should exist is not a debate we host.",),
            (
                "Do not speculate about anyone's sexual orientation or gender identity, and never out someone, "
                "even as a joke.",
            ),
        ),
    ),
    (
        ("OPSEC matters", "Protect operational security", "Loose lips sink ships"),
        (
            (
                "Do not post deployment dates, unit locations, ship movements or anything else that could put "
                "service members at risk.",
            ),
            (
                "Never share a family member's whereabouts overseas or the details of troop movements, even after the fact.",
            ),
            (
                "If you would not say it in a briefing, do not type it here.",
                "Posts that break OPSEC are removed without notice.",
            ),
        ),
    ),
    (
        ("Honor the fallen", "Respect grieving families", "Respect those who served"),
        (
            (
                "Stories about service members killed or wounded are read by their relatives; comments mocking "
                "the dead or their families will be taken down.",
            ),
            ("Gold Star families read these threads.", "Write as if they were sitting across the table from you."),
            ("Accusations of stolen valor must be backed by records, not rumor, or they will be removed.",),
        ),
    ),
    (
        ("No listings or solicitations", "Not a marketplace", "No property ads"),
        (
            ("Do not post property listings, open-house notices, rentals for let or your brokerage's phone number.",),
            (
                "Agents, lenders and investors may not use the discussion to drum up business; paid advertising "
                "is available through our sales team.",
            ),
            ('"We buy houses" offers, mortgage pitches and referral links are removed as spam.',),
        ),
    ),
    (
        ("Keep private homes private", "No addresses", "Leave tenants and neighbours out of it"),
        (
            (
                "Do not publish the address, unit number or photos of anyone's home, whether they are a tenant, "
                "a landlord or a neighbour.",
            ),
            (
                "Disputes with a particular landlord or property manager belong with the housing board, not in this thread.",
            ),
            ("Naming tenants you believe are behind on rent is not allowed.",),
        ),
    ),
    (
        ("Protect students", "Leave children out of it", "No naming students or staff"),
        (
            (
                "Do not name or describe individual pupils, and do not discuss disciplinary matters involving a "
                "specific child or teacher.",
            ),
            (
                "Criticise policies, budgets and boards all you like; personal attacks on classroom teachers are off limits.",
            ),
            (
                "Many of our readers are educators.",
                "Write about classrooms as though the people in them could read every word, because they can.",
            ),
        ),
    ),
    (
        ("Respect other faiths", "No preaching", "Dialogue, not proselytising"),
        (
            (
                "People of many traditions and of none read this magazine; contempt for anyone's beliefs has no place here.",
            ),
            (
                "This is a forum for discussion, not evangelism.",
                "Long scripture quotations and calls to convert will be trimmed or removed.",
            ),
            ("Question doctrine and institutions if you must, but do not mock believers or unbelievers.",),
        ),
    ),
    (
        ("Wait for the investigators", "Incidents and accidents", "No speculation about victims"),
        (
            (
                "After a crash or serious incident, do not speculate about the crew or post the names of victims "
                "before the authorities release them.",
            ),
            ("Armchair accident investigation hurts families; stick to what the safety board has confirmed.",),
            ("Posts blaming named pilots or controllers before an official report is published will be removed.",),
        ),
    ),
    (
        ("Not a customer service desk", "Complaints go to the airline", "We can't rebook your flight"),
        (
            (
                "We are a news site and cannot help with refunds, lost luggage or cancelled bookings; please "
                "contact your airline or travel agent.",
            ),
            (
                "Posting your booking reference, passport number or frequent-flyer details here puts your account at risk.",
            ),
            ("Referral codes, promo links and offers to trade points are treated as spam.",),
        ),
    ),
    (
        ("No spoilers", "Spoiler alert", "Keep the answers hidden", "Don't give it away"),
        (
            (
                "Do not post answers to today's puzzle before the solution is published; hints are fine if clearly marked.",
            ),
            (
                "Please put a spoiler warning at the top of any comment that reveals an answer, a theme entry or "
                "the day's word.",
            ),
            (
                "Some solvers are still working on the grid.",
                "Give them until tomorrow's edition before sharing full solutions.",
            ),
            ("Share your time and your streak, not the answer.",),
        ),
    ),
    (
        ("Be kind to the setters", "Think a clue is wrong?", "Errors in the grid"),
        (
            ("Constructors and editors read this page, so criticise the clue, not the person who wrote it.",),
            (
                "If you believe a clue or grid contains an error, email the puzzle editor at puzzles@example.com "
                "rather than arguing it out here.",
            ),
        ),
    ),
    (
        ("Your words may be used on air", "On-air use", "We might read your post"),
        (
            (
                "By posting, you agree that we may quote your comment, with your screen name, on air, in our "
                "newsletters or on social media.",
            ),
            ("Hosts sometimes read listener remarks during broadcasts, using only the name you post under.",),
        ),
    ),
    (
        ("No campaigning", "No electioneering", "No endorsements"),
        (
            (
                "As a public broadcaster we cannot host campaign appeals, fundraising requests or endorsements of candidates.",
            ),
            ("Discuss the issues on the ballot freely, but do not post links to donate to a campaign or cause.",),
        ),
    ),
    (
        ("Mind the law", "Legal matters", "Contempt of court", "Publication bans"),
        (
            (
                "Irish law on defamation and contempt of court applies to everything posted here, and you are "
                "responsible for what you write.",
            ),
            ("Do not discuss the guilt or innocence of anyone facing trial; we close threads on live court cases.",),
            ("Allegations of crime against a named person, without a conviction to back them up, will be removed.",),
            (
                "Under Canadian law, publication bans apply to readers too.",
                "Do not name victims or witnesses protected by a court order.",
            ),
        ),
    ),
    (
        ("English or French", "Language", "English or Spanish", "Languages we moderate"),
        (
            (
                "We accept contributions in English and French; posts in other languages cannot be moderated and will not appear.",
            ),
            (
                "Posts in English or Spanish are welcome; please keep to one language per post so our moderators "
                "can review it.",
            ),
        ),
    ),
    (
        ("Watch your language", "Keep it clean", "No profanity"),
        (
            ("Swearing, including words with letters swapped for symbols, gets the post filtered.",),
            ("Young readers use this site for school projects, so leave the four-letter words out.",),
            ("Obscene, vulgar or sexually explicit comments will be deleted.",),
        ),
    ),
    (
        ("Stay on topic", "Stick to the story", "Relevance"),
        (
            ("Keep your comments about the article above; unrelated posts will be removed.",),
            ("Threads that wander into national politics or old grudges will be closed.",),
            ("Say something about the story you just read, not the one you wish we had written.",),
        ),
    ),
    (
        ("Your privacy", "Your data", "How we use your information"),
        (
            ("Your email address is never shown publicly; we use it only to manage your account and to contact you.",),
            ("We store your IP address with each post for moderation purposes and delete it after 90 days.",),
            ("Read our privacy notice to see what we collect when you register and how long we keep it.",),
        ),
    ),
    (
        ("Moderation", "Why hasn't my post appeared?", "Pre-moderation"),
        (
            (
                "Every comment is reviewed by a person before it appears, which can take several hours on weekends and holidays.",
            ),
            ("Our small staff moderates during business hours, so posts sent overnight may not appear until morning.",),
            (
                "Posts containing links are held for review automatically.",
                "Please be patient rather than sending the same thing twice.",
            ),
        ),
    ),
    (
        ("Closing your account", "Delete your account", "Leaving us"),
        (
            ("You can delete your account at any time from your profile page; your past posts will be anonymised.",),
            (
                "To close your account and erase your personal data, write to privacy@example.ie and we will act within 30 days.",
            ),
            ("Accounts left inactive for two years are closed automatically.",),
        ),
    ),
    (
        ("About the ads", "Advertising", "Sponsored content"),
        (
            ("Ads on this page are placed by third-party networks and do not reflect the views of our newsroom.",),
            (
                "Sponsored stories are clearly labelled, and advertisers have no say over our reporting or our moderation.",
            ),
            ("Seeing an ad that looks like a scam?", "Report it to our advertising team so we can take it down."),
        ),
    ),
    (
        ("Spotted an error?", "Corrections", "Report a mistake"),
        (
            (
                "If you find a factual error in a story, email corrections@example.org instead of posting it; "
                "editors do not read every thread.",
            ),
            (
                "Corrections belong with the newsroom, not the comment thread.",
                "Use the Report an Error link at the end of each article.",
            ),
            ("Our editors review every correction request and add a note to the story when we get something wrong.",),
        ),
    ),
    (
        ("Report abuse", "Flag it", "See something, say something"),
        (
            (
                "Use the flag icon beside any comment you believe breaks these rules; replying to a troll only feeds it.",
            ),
            ("Reports are anonymous and reviewed by a moderator, usually within a day.",),
        ),
    ),
    (
        ("One account per person", "Be yourself", "No impersonation"),
        (
            (
                "Posting under more than one name, or pretending to be someone else, will get all of your accounts suspended.",
            ),
            ("Do not claim to be a veteran, officer, teacher or member of the clergy unless you are one.",),
        ),
    ),
    (
        ("Immigration status is private", "No threats to report people"),
        (
            (
                "Threatening to report anyone to immigration authorities, or guessing at their status, is "
                "harassment and will be removed.",
            ),
            ("Do not post information about a person's immigration status, workplace or family.",),
        ),
    ),
    (
        ("No spam", "Links", "No self-promotion"),
        (
            ("Repeated comments, chain messages and links to unrelated sites are deleted.",),
            ("Limit yourself to one relevant link per post; posts that are only a link are removed.",),
        ),
    ),
)
POLICY_TITLES_19 = (
    "Discussion Rules",
    "Posting Guidelines",
    "Before You Post",
    "Community Standards",
    "Our Commenting Guidelines",
    "Conversation Guidelines",
    "Reader Forum Rules",
    "Comment Section Rules",
    "Guidelines for Discussion",
    "House Rules for Solvers",
    "Talk Back: The Rules",
)
POLICY_INTROS_19 = (
    "Thanks for joining the conversation; a few ground rules keep it worth reading.",
    "Please read these guidelines before you post.",
    "Our forum is open to every reader who follows the rules below.",
    "By posting, you agree to the following guidelines.",
    "We welcome comments from listeners and readers, with a few conditions.",
)
POLICY_CLOSINGS_19 = (
    "Read our full Terms of Use at example.ca/terms.",
    "For the complete policy, see our Terms of Service and Privacy Notice.",
    "Questions about moderation? Email our community editor at community@example.org.",
    "Repeated breaches may lead to a permanent ban. Full terms: www.example.com/terms",
    "Contact the moderators at moderators@example.ie with any questions about these rules.",
    "The full comment policy is linked at the bottom of every page.",
)
NUMBERS_19 = ("{}.", "{})", "({})", "{}:", "{} \u2014", "#{}")
BULLETS_19 = ("\u2022", "-", "*", "\u25cf", "\u25aa", "\u2713", "\u2192", "\u25b6")
INLINE_19 = (": ", " - ", " \u2013 ", " \u2014 ", ": ")  # a heading printed before its sentence on one line
REWORDINGS_20 = (  # (headings, sentence variants): Scottish, Welsh, Northern English, NZ and SA papers, US county weeklies, faith, marine, drones, comics, courts, transit
    (
        ("Be civil", "Mind your manners", "Play the ball, not the player", "Respect other readers"),
        (
            ("Disagree as strongly as you like, but do it without name-calling or sneering at other readers.",),
            (
                "Criticise the argument rather than the person making it.",
                "Posts that insult another reader will be removed.",
            ),
            ("Treat others here the way you would at a community council meeting: firmly, fairly and politely.",),
            ("Robust debate is welcome on this site; personal abuse of other commenters is not.",),
        ),
    ),
    (
        ("No hate", "No bigotry", "Sectarianism and hate speech", "Hate has no home here"),
        (
            (
                "We remove posts that attack people for their religion, race, nationality, sexuality or disability, and we ban repeat offenders.",
            ),
            ("Sectarian chants, slurs and songs, including coded references, are not allowed on this site.",),
            ("Antisemitic, Islamophobic or anti-Catholic remarks will be deleted, whatever the story is about.",),
            ("Racist or xenophobic language, including so-called jokes, will be removed and the account suspended.",),
        ),
    ),
    (
        ("Live court cases", "Contempt of court", "Cases before the courts", "Sub judice"),
        (
            (
                "Once someone has been charged, the case is live.",
                "Do not speculate about guilt or discuss the evidence until the trial ends.",
            ),
            (
                "Under Scots law a single post can prejudice a trial, so comments are closed on stories about live cases.",
            ),
            ("Remarks that could prejudice a fair trial put you, and us, at risk of contempt proceedings.",),
        ),
    ),
    (
        ("Name suppression", "Suppression orders", "Protected identities"),
        (
            (
                "Breaching a suppression order is a criminal offence; posts that name or hint at a suppressed person will be removed.",
            ),
            (
                "Do not post names, photos or clues that could identify anyone protected by a court order, including victims and children.",
            ),
            ("We will not publish guesses about who is behind a suppressed name, or links to sites that name them.",),
        ),
    ),
    (
        ("Defamation", "Don't defame anyone", "Allegations"),
        (
            (
                "Do not accuse named people or businesses of crimes or wrongdoing you cannot prove.",
                "You are legally responsible for what you post.",
            ),
            ("Stating an allegation as fact can be defamatory even if you heard it from a neighbour.",),
            ("Repeating a rumour about a local person is no defence if it turns out to be false.",),
        ),
    ),
    (
        ("Respect other faiths", "No preaching", "Faith and respect", "Interfaith courtesy"),
        (
            ("Readers of all faiths and none take part here; argue the point, not against anyone's right to believe.",),
            ("Please do not use this space to convert others or to paste long passages of scripture.",),
            ("Discussion of church teaching is welcome, but attacks on clergy or parishioners as a group are not.",),
            (
                "Debate about our community's affairs is welcome; quarrels between congregations are best settled elsewhere.",
            ),
        ),
    ),
    (
        ("Safety on the water", "Not navigational advice", "Seamanship tips"),
        (
            ("Tips shared by readers are no substitute for official charts, tide tables and coastguard notices.",),
            ("Always check the latest marine forecast before heading out; do not rely on advice posted here.",),
            ("Posts encouraging anyone to ignore a small-craft advisory or a harbour closure will be removed.",),
        ),
    ),
    (
        ("Rescues and tragedies", "Be kind after an accident", "Loss at sea"),
        (
            (
                "Families of crew and rescuers read these pages; do not speculate about the cause of a sinking or who was to blame.",
            ),
            (
                "On stories about drownings or missing boats, condolences are welcome but guesses about what happened are not.",
            ),
            (
                "Please leave the investigation to the accident investigators.",
                "Speculation about the skipper will be removed.",
            ),
        ),
    ),
    (
        ("Fly legally", "Airspace rules", "Drone safety", "No dangerous flying"),
        (
            ("We will remove posts that encourage flying over crowds, near airports or in restricted airspace.",),
            ("Do not share tips for disabling geofencing or removing a drone's remote ID.",),
            ("Footage shot in breach of CAA or FAA rules will not be featured, and links to it will be taken down.",),
        ),
    ),
    (
        ("Crashes and incidents", "Accident speculation", "Incidents"),
        (
            ("Wait for the investigators' report; armchair accident analysis that names the pilot will be removed.",),
            ("Speculating about a crash while families are still being told is not acceptable here.",),
        ),
    ),
    (
        ("Spoilers", "Spoiler warnings", "Mark your spoilers"),
        (
            ("Anything from an issue released in the last two weeks must be tagged as a spoiler.",),
            ("Please don't reveal plot twists from upcoming issues or episodes in the discussion below.",),
            ("Spoilers go inside spoiler tags, please.", "Posts that ruin an ending without warning will be hidden."),
        ),
    ),
    (
        ("No piracy", "Leaks and scans", "Support creators"),
        (
            ("Links to scanned issues, leaked pages or pirate streams will be deleted and the poster banned.",),
            ("Do not share unreleased covers, art or solicitations before the publisher does.",),
            ("Creators make their living from sales, so we won't host links to illegal copies.",),
        ),
    ),
    (
        ("Leave the creators alone", "No harassment of creators", "Fandom, not fanaticism"),
        (
            ("Dislike a storyline all you want, but do not tag writers, artists or actors with abuse.",),
            ("Campaigns to harass creators, cosplayers or other fans will get you banned.",),
            ("Keep ship wars friendly; nobody is wrong for liking a different pairing.",),
        ),
    ),
    (
        ("All road users", "No road rage", "Cyclists, drivers and pedestrians"),
        (
            ("Wishing harm on cyclists, drivers or pedestrians, even as a joke, will get your post removed.",),
            ("Argue about bike lanes and bus priority as much as you like; do not threaten the people who use them.",),
            (
                "Generalisations about 'all drivers' or 'all cyclists' rarely help.",
                "Tell us what happened on your route.",
            ),
        ),
    ),
    (
        ("Service complaints", "Not a customer service desk", "Report it to the operator", "Hazards and faults"),
        (
            ("We are not the transit agency; late buses, fares and lost property should be reported to the operator.",),
            ("Potholes and broken streetlights should go to your council's reporting line; we cannot pass them on.",),
            (
                "If your train is delayed, check the operator's live updates; our staff cannot answer service questions.",
            ),
        ),
    ),
    (
        ("Election season", "Campaigning", "Letters to the editor"),
        (
            ("Endorsements of candidates belong in a signed letter to the editor, not under a news story.",),
            ("In the weeks before an election we may close comments on campaign stories.",),
            ("Candidates and their campaign staff must say who they are when they post about the race.",),
        ),
    ),
    (
        ("Language", "Posting in Welsh or English", "Languages we moderate"),
        (
            ("Posts in Welsh or English are equally welcome; our moderators read both.",),
            ("We welcome te reo M\u0101ori, and we moderate posts in it the same way as English ones.",),
            ("Please write in English or Afrikaans so that our moderators can read what you post.",),
            ("Comments in Scots or Gaelic are fine, but abuse is abuse in any language.",),
        ),
    ),
    (
        ("Your privacy", "Your data", "Privacy"),
        (
            ("Your email address is never shown publicly and is used only to manage your account.",),
            ("We process your details under the POPI Act; our privacy notice explains how long we keep them.",),
            ("We never sell readers' personal information, and you can ask us for a copy of what we hold.",),
            ("Do not post your own phone number or home address, or anyone else's.",),
        ),
    ),
    (
        ("Moderation", "Why hasn't my post appeared?", "Pre-moderation", "Delays"),
        (
            (
                "Posts from new accounts are checked by a person before they appear, which can take until the next working day.",
            ),
            ("Our newsroom is small, so posts made overnight or at weekends may wait several hours for approval.",),
            (
                "If your comment has not appeared, it is probably in the queue.",
                "Posting it again will not speed things up.",
            ),
        ),
    ),
    (
        ("Closing your account", "Deleting your account", "Leaving"),
        (
            (
                "You can delete your account at any time from your profile settings; your past posts will be anonymised.",
            ),
            ("To close your account, email us from the address you registered with and we will do the rest.",),
            (
                "When you close an account we delete your details within 30 days, though replies quoting you may remain.",
            ),
        ),
    ),
    (
        ("No advertising", "Selling", "Commercial posts", "Spam"),
        (
            ("Boats, moorings and gear for sale belong in the classifieds, not in the discussion.",),
            ("Posts promoting a business, charter service or website will be removed as spam.",),
            ("Links to shops, auction listings or affiliate deals will be deleted without warning.",),
        ),
    ),
    (
        ("Corrections", "Spotted an error?", "Tell the newsroom"),
        (
            ("If you think we got something wrong, email the newsroom; we do not watch the thread for corrections.",),
            ("Factual errors should be reported to the editor so that we can correct the story for everyone.",),
            (
                "Corrections are handled by the editor, not the moderators.",
                "Please use the form on our corrections page.",
            ),
        ),
    ),
    (
        ("Report abuse", "Flag it", "See something wrong?"),
        (
            ("Use the flag beside any post that breaks these rules and a moderator will review it.",),
            ("Don't reply to trolls; report them and let us deal with it.",),
        ),
    ),
    (
        ("Real names", "One account each", "Who you are"),
        (
            ("We ask contributors to use their real first and last names.",),
            ("Each reader may hold one account; sock puppets and impersonation lead to a ban.",),
            ("Pretending to be another person, a group or an official body is not allowed.",),
        ),
    ),
    (
        ("Our decision is final", "Editor's discretion", "House rules apply"),
        (
            (
                "The editor may remove any post or close any thread, and we will not enter into correspondence about moderation.",
            ),
            ("We may close the discussion on a story at any time, for legal or other reasons.",),
        ),
    ),
)
POLICY_TITLES_20 = (
    "Discussion rules",
    "Posting guidelines",
    "Before you post",
    "Community guidelines",
    "House rules",
    "Comment policy",
    "Commenting guidelines",
    "Reader discussion: the rules",
    "Our rules for reader posts",
)
POLICY_INTROS_20 = (
    "We want this to be a place for lively, respectful discussion.",
    "Please read these rules before you post.",
    "By taking part in this discussion you agree to the following.",
    "A few ground rules, so that everyone can join in.",
    "Comments are moderated according to the rules below.",
)
POLICY_CLOSINGS_20 = (
    "Read our full terms and conditions at /terms.",
    "The full house rules are in our terms of use, linked at the foot of every page.",
    "Questions about moderation? Email the community team at community@harbourgazette.co.nz.",
    "See our full community guidelines for more on how we moderate comments.",
    "Concerns about a post can be sent to the editor at newsdesk@valleyweekly.com.",
    "These rules form part of our terms of service; read them in full at /terms-of-use.",
)
NUMBERS_20 = ("{}.", "{})", "({})", "{} -", "{}:", "Rule {}:")
BULLETS_20 = ("\u2022", "-", "*", "\u25aa", "\u2013", "\u25e6", "\u2192", "+")
INLINE_20 = (": ", " - ", " \u2013 ", " \u2014 ", ": ")  # a heading printed before its sentence on one line
REWORDINGS_21 = (  # (headings, sentence variants): Australian regionals, South Asian and Gulf English dailies, West and East African papers, fact-checkers, astronomy, pets, genealogy, home and garden, chess and bridge
    (
        ("Be courteous", "Respect other readers", "Keep it civil", "Play the ball, not the player"),
        (
            ("Disagree with the argument if you must, but do not abuse the person making it.",),
            (
                "Treat other readers as you would a neighbour over the back fence.",
                "Name-calling and sneering will see your post removed.",
            ),
            (
                "Robust debate is welcome here; personal abuse of other readers, our writers or the people in our stories is not.",
            ),
            ("Be polite to one another, even when you strongly disagree.",),
        ),
    ),
    (
        ("No communal content", "Religion, caste and community", "Communal harmony"),
        (
            (
                "Posts that promote enmity between groups on grounds of religion, caste, region or language will be deleted without notice.",
            ),
            (
                "Do not attack any community, faith or caste.",
                "Such remarks may also be an offence under the law of the land.",
            ),
            ("We will not publish remarks that hurt the religious sentiments of any group of readers.",),
        ),
    ),
    (
        ("No tribalism", "Ethnic slurs", "Tribe and region"),
        (
            (
                "Comments that insult any tribe, ethnic group or region of the country will be removed, and repeat offenders banned.",
            ),
            ("Argue about policies, not about where a politician or a reader comes from.",),
            (
                "Tribal abuse and ethnic profiling have no place on this platform.",
                "We report incitement to the authorities where the law requires it.",
            ),
        ),
    ),
    (
        ("Local laws", "Respect the law", "Laws of the land"),
        (
            (
                "Contributions must comply with the laws of the UAE, including those on defamation, public morals and cybercrime.",
            ),
            ("Do not post material that insults the state, its rulers or any religion; it will not be published.",),
            (
                "Posts that break the laws of the country in which we publish will be removed, and we may be required to share details with the authorities.",
            ),
        ),
    ),
    (
        ("Before the courts", "Sub judice", "Court cases", "Legal matters"),
        (
            (
                "Where someone has been charged, do not speculate about their guilt; comments on the story may be closed until the case is heard.",
            ),
            (
                "Australian law limits what can be said about cases before the courts, so please do not name suspects or discuss evidence.",
            ),
            ("We close discussion on stories about ongoing court cases to avoid prejudicing a fair trial.",),
        ),
    ),
    (
        ("Defamation", "Don't defame anyone", "Allegations"),
        (
            (
                "Do not make allegations of criminal conduct or corruption you cannot prove.",
                "The publisher can be sued for what you write.",
            ),
            (
                "You are legally responsible for what you post, and defamatory remarks about identifiable people will be removed.",
            ),
            ("Accusing named people of crimes, whether in jest or not, is not allowed.",),
        ),
    ),
    (
        ("First Nations", "Respect for First Nations people", "Cultural respect"),
        (
            (
                "Racist remarks about Aboriginal and Torres Strait Islander people will be removed and the account suspended.",
            ),
            (
                "Please be mindful that some stories name or show people who have died, and respect the wishes of their families.",
            ),
        ),
    ),
    (
        ("Show your sources", "Cite evidence", "Evidence, please", "Back it up"),
        (
            (
                "If you dispute one of our fact-checks, link to the primary source; screenshots, memes and 'do your own research' are not evidence.",
            ),
            ("Claims of fact should come with a link to a reliable, original source.",),
            (
                "We read every correction request that comes with evidence.",
                "Assertions without sources will not be answered.",
            ),
        ),
    ),
    (
        ("No debunked claims", "Misinformation", "Conspiracy theories"),
        (
            ("Reposting claims we have already rated false, without new evidence, will be treated as spam.",),
            (
                "We remove content that spreads health misinformation or election falsehoods, whatever side it comes from.",
            ),
            ("Posts pushing conspiracy theories, including QAnon material, are deleted on sight.",),
        ),
    ),
    (
        ("Observing reports", "Sightings and photos", "Share your observations"),
        (
            (
                "Observing reports are welcome; please include the date, time, your location and the equipment you used.",
            ),
            (
                "Astrophotos may be linked, but please credit the photographer and do not post other people's images as your own.",
            ),
            (
                "Seen something strange in the night sky? Check a satellite tracker before posting, as most sightings are Starlink trains.",
            ),
        ),
    ),
    (
        ("Stay on topic", "Keep it relevant", "On topic, please"),
        (
            (
                "Flat-earth, moon-landing-hoax and similar threads will be removed; this is a place for discussing the science.",
            ),
            ("Stick to the subject of the article; general political arguments belong elsewhere.",),
            ("Off-topic posts, however interesting, may be removed to keep the discussion useful for everyone.",),
        ),
    ),
    (
        ("No animal sales", "Rehoming and sales", "Buying and selling animals"),
        (
            (
                "Do not offer animals for sale, rehoming or stud in the discussion; contact a registered shelter or rescue instead.",
            ),
            ("Posts advertising puppies, kittens or exotic animals will be removed, as will requests to buy them.",),
        ),
    ),
    (
        ("Not veterinary advice", "Ask your vet", "Health questions"),
        (
            ("Readers' tips are no substitute for a vet; if your animal is unwell, call your veterinary clinic.",),
            ("We cannot diagnose your pet's condition here.", "If it is an emergency, contact an after-hours vet now."),
            ("Never recommend human medicines for pets; many are toxic to cats and dogs.",),
        ),
    ),
    (
        ("Graphic images", "Cruelty images", "Distressing content"),
        (
            (
                "Do not post images or videos of animal cruelty; report suspected cruelty to the RSPCA or your local authority.",
            ),
            ("Graphic photos, even when shared to raise awareness, will be removed.",),
        ),
    ),
    (
        ("Living persons", "Protect the living", "Family details"),
        (
            ("Do not post dates of birth, addresses or other personal details of living people, even relatives.",),
            ("Information about anyone born in the last 100 years should only be shared with their consent.",),
            ("Family trees may be discussed, but please leave living people out of them.",),
        ),
    ),
    (
        ("Cite your records", "Sources for family history", "Records and sources"),
        (
            (
                "When you share a baptism, census or probate record, give the archive and the reference so others can check it.",
            ),
            (
                "Please say where your information comes from, whether a parish register, a headstone or family tradition.",
            ),
        ),
    ),
    (
        ("Safety first", "Electrical and gas work", "DIY safety"),
        (
            (
                "Advice given in the discussion is readers' own; electrical, gas and structural work must be done by a licensed tradesperson.",
            ),
            (
                "Please do not suggest shortcuts around building codes or safety rules.",
                "Posts that do will be removed.",
            ),
            ("If in doubt, call a professional; we remove dangerous advice when we see it.",),
        ),
    ),
    (
        ("Product mentions", "Brands and recommendations", "No promotion"),
        (
            (
                "You may mention products you have used, but posts by manufacturers, retailers or their staff must say so.",
            ),
            ("Reader recommendations are not endorsements by the magazine.",),
            ("Links to shops, affiliate codes and discount offers will be removed as advertising.",),
        ),
    ),
    (
        ("No spoilers", "Solutions", "Hold the answers"),
        (
            ("Please do not post the solution to this week's problem until the answer is printed on Saturday.",),
            ("Keep the answer to yourself until the deadline; hints are fine, full solutions are not.",),
            ("Do not give away the winning line or the contract in the first reply.", "Let other solvers have a go."),
        ),
    ),
    (
        ("Engine analysis", "Computer checks", "Engines and databases"),
        (
            ("Engine evaluations are welcome after a game ends, but not while the round is still being played.",),
            ("If you checked a line with an engine, say so, so readers know what was found over the board.",),
        ),
    ),
    (
        ("Correspondence", "Errors in the column", "Found a mistake?"),
        (
            ("Spotted an error in a diagram, a hand or the bidding? Write to the editor rather than posting it here.",),
            (
                "To report a factual error in an article, email the newsroom; corrections are published on our corrections page.",
            ),
            ("Mistakes in our reporting should be sent to the desk at the address below, not left in the discussion.",),
        ),
    ),
    (
        ("Language", "English only", "Write in English"),
        (
            (
                "Please write in English so that our moderators can read your post; posts in other languages may be removed.",
            ),
            ("Posts must be in English; Pidgin and other languages cannot be moderated and will not be approved.",),
            ("No profanity, text speak or writing in all capitals.",),
        ),
    ),
    (
        ("No phone numbers", "Scams and fraud", "Beware of scams"),
        (
            ("Never post your phone number, bank details or BVN in the discussion; fraudsters read it too.",),
            ("Offers of jobs, visas, loans or prayers for money are scams and will be deleted.",),
            ("We will never ask for your password or payment in a reply.", "Report anyone who does to the moderators."),
        ),
    ),
    (
        ("Election period", "Campaigning", "Political campaigning"),
        (
            (
                "During the election period, posts by candidates, parties or their agents must be authorised and say who they are.",
            ),
            ("Campaign slogans and party advertising are not allowed in the discussion.",),
        ),
    ),
    (
        ("Your data", "Privacy", "How we use your details"),
        (
            (
                "We store your email address to manage your account and never publish it; see our privacy policy for details.",
            ),
            (
                "Your display name and posts are public; your email and IP address are kept private and used only for moderation.",
            ),
            ("We do not sell readers' personal information to third parties.",),
        ),
    ),
    (
        ("Moderation", "Why hasn't my post appeared?", "Approval delays", "Pre-moderation"),
        (
            (
                "All posts are checked by a moderator before they appear, which can take up to 24 hours, longer at weekends.",
            ),
            (
                "Our small team reads contributions during office hours, so please be patient if yours does not appear at once.",
            ),
            ("Posts with links are held for review.", "Please do not post the same message twice."),
        ),
    ),
    (
        ("Closing your account", "Deleting your account", "Account deletion"),
        (
            (
                "You can delete your account at any time from your profile settings; your past posts will then show as from a former member.",
            ),
            ("To close your account and remove your personal data, email us from the address you registered with.",),
        ),
    ),
    (
        ("Advertising", "Ads on this page", "Sponsored content"),
        (
            ("Advertisements shown beside the discussion are placed automatically and do not imply our endorsement.",),
            ("Sponsored articles are clearly labelled and are not written by our newsroom.",),
            ("Advertising keeps our journalism free to read; if you see an inappropriate ad, let us know.",),
        ),
    ),
    (
        ("Report abuse", "Flag it", "Reporting a post"),
        (
            ("If you see a post that breaks these rules, use the report button rather than replying to it.",),
            ("Flag offensive material and a moderator will review it, usually within a day.",),
            ("Don't feed the trolls; report them instead.",),
        ),
    ),
    (
        ("One account", "No impersonation", "Your identity"),
        (
            ("One account per person; do not pose as another reader, a public figure or a member of our staff.",),
            ("Use your real name or a consistent username, and never pretend to be someone else.",),
        ),
    ),
    (
        ("Our decision is final", "Editor's discretion", "Removal"),
        (
            ("The editor may remove any post or suspend any account at any time, without giving reasons.",),
            (
                "We reserve the right to edit or delete contributions that break these rules, and to ban repeat offenders.",
            ),
        ),
    ),
)
POLICY_TITLES_21 = (
    "Discussion rules",
    "Posting guidelines",
    "Before you post",
    "Community standards",
    "Comment guidelines",
    "Reader comments policy",
    "Forum rules",
    "House rules for readers",
    "Rules of engagement",
    "Participation guidelines",
    "Join the conversation: our rules",
)
POLICY_INTROS_21 = (
    "We welcome your views. Please read the following before posting.",
    "This is a moderated space for readers to discuss our stories.",
    "We want this to be a friendly place to share your knowledge. A few ground rules:",
    "Comments are open to registered readers, subject to these guidelines.",
    "By posting you agree to abide by the rules below.",
)
POLICY_CLOSINGS_21 = (
    "Read our full terms of use at /terms-of-use.",
    "The full community standards are on our website under Terms and Conditions.",
    "Questions about moderation? Email moderators@example.com.au.",
    "See our full comment policy for details.",
    "For the complete rules, see the Terms of Service link at the foot of this page.",
    "Contact the online editor at editor@example.com.ng with any concerns.",
)
NUMBERS_21 = ("{}.", "{})", "({})", "{}.-")
ROMAN_21 = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv")
LETTERED_21 = ("({})", "{})", "{}.")
BULLETS_21 = ("\u2022", "-", "*", "\u27a2", "\u25a0", "\u2714", "\u25e6", "o")
INLINE_21 = (": ", " - ", " \u2013 ", " \u2014 ", ": ")  # a heading printed before its sentence on one line
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
    if family == "reworded-6":
        return _items_6(rng)
    if family == "reworded-7":
        return _items_7(rng)
    if family == "reworded-8":
        return _items_8(rng)
    if family == "reworded-9":
        return _items_9(rng)
    if family == "reworded-10":
        return _items_10(rng)
    if family == "reworded-11":
        return _items_11(rng)
    if family == "reworded-12":
        return _items_12(rng)
    if family == "reworded-13":
        return _items_13(rng)
    if family == "reworded-14":
        return _items_14(rng)
    if family == "reworded-15":
        return _items_15(rng)
    if family == "reworded-16":
        return _items_16(rng)
    if family == "reworded-17":
        return _items_17(rng)
    if family == "reworded-18":
        return _items_18(rng)
    if family == "reworded-19":
        return _items_19(rng)
    if family == "reworded-20":
        return _items_20(rng)
    if family == "reworded-21":
        return _items_21(rng)
    if family == "reworded-22":
        return _items_22(rng)
    if family == "reworded-23":
        return _items_23(rng)
    if family == "reworded-24":
        return _items_24(rng)
    if family == "reworded-25":
        return _items_25(rng)
    if family == "reworded-26":
        return _items_26(rng)
    if family == "reworded-27":
        return _items_27(rng)
    if family == "reworded-28":
        return _items_28(rng)
    if family == "reworded-29":
        return _items_29(rng)
    if family == "reworded-30":
        return _items_30(rng)
    if family == "reworded-31":
        return _items_31(rng)
    if family == "reworded-32":
        return _items_32(rng)
    if family == "reworded-33":
        return _items_33(rng)
    if family == "reworded-34":
        return _items_34(rng)
    if family == "reworded-35":
        return _items_35(rng)
    if family == "reworded-36":
        return _items_36(rng)
    if family == "reworded-37":
        return _items_37(rng)
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


def _items_6(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-6 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", sentence)."""
    chosen = rng.sample(REWORDINGS_6, rng.randint(2, 8))
    stop = rng.choice((".", ".", ":", ""))  # what this site prints after a heading
    bare = rng.random() < 0.2  # the site prints its items without headings
    items: list[tuple[str, ...]] = []
    for headings, sentences in chosen:
        heading = "" if bare else rng.choice(headings)
        if heading and heading[-1] != "?":
            heading += stop
        items.append((heading, *rng.choice(sentences)))
    if rng.random() < 0.3:
        items.insert(0, ("", rng.choice(POLICY_INTROS_6)))
    if rng.random() < 0.25:
        items.append(("", rng.choice(POLICY_CLOSINGS_6)))
    if rng.random() < 0.4:
        items.insert(0, (rng.choice(POLICY_TITLES_6), ""))
    if rng.random() < 0.5:
        items = [tuple(_american(part) for part in item) for item in items]
    return items


def _items_7(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-7 policy, as ``_items_6``'s: each site's own way of printing its headings, items and title."""
    plain = rng.random() < 0.3  # a site whose policy never says "comment"

    def fits(text: str) -> bool:
        return not plain or "comment" not in text.lower()

    kinds = [
        ([heading for heading in headings if fits(heading)], [one for one in sentences if fits(" ".join(one))])
        for headings, sentences in REWORDINGS_7
    ]
    kinds = [(headings, sentences) for headings, sentences in kinds if sentences]
    chosen = rng.sample(kinds, 2 if rng.random() < 0.15 else rng.randint(3, 8))
    attach = rng.choice(("stop", "stop", "nothing", "colon", "dash"))  # what the site prints after a heading
    dash = rng.choice(("-", "-", "\u2013", "\u2014"))
    caps = rng.random() < 0.25  # headings in capitals
    headless = rng.random() < 0.2  # the site prints its items without headings
    marker = rng.choice(("", "", "number", "\u2022 ", "* "))
    items: list[tuple[str, ...]] = []
    for number, (headings, sentences) in enumerate(chosen, 1):
        heading = "" if headless or not headings or rng.random() < 0.1 else rng.choice(headings)
        parts = list(rng.choice(sentences))
        heading = heading.upper() if caps else heading
        if heading and heading[-1] in ".?!":  # a whole sentence: printed before the item's sentences
            parts.insert(0, heading)
        elif heading and attach == "colon":
            parts[0] = f"{heading}: {parts[0]}"
        elif heading and attach == "dash":
            parts[0] = f"{heading} {dash} {parts[0]}"
        elif heading:
            parts.insert(0, heading + ("." if attach == "stop" else ""))
        if marker:
            parts[0] = (f"{number}. " if marker == "number" else marker) + parts[0]
        items.append(tuple(parts))
    if rng.random() < 0.25:
        items.insert(0, ("", rng.choice([line for line in POLICY_INTROS_7 if fits(line)])))
    if rng.random() < 0.35:
        items.append(("", rng.choice([line for line in POLICY_CLOSINGS_7 if fits(line)])))
    if rng.random() < 0.35:
        items.insert(0, (rng.choice([line for line in POLICY_TITLES_7 if fits(line)]), ""))
    return items


def _items_8(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-8 policy, as ``_items_6``'s: each site's own way of printing its headings, items and title."""
    plain = rng.random() < 0.3  # a site whose policy never says "comment"

    def fits(text: str) -> bool:
        return not plain or "comment" not in text.lower()

    kinds = [
        ([heading for heading in headings if fits(heading)], [one for one in sentences if fits(" ".join(one))])
        for headings, sentences in REWORDINGS_8
    ]
    kinds = [(headings, sentences) for headings, sentences in kinds if sentences]
    chosen = rng.sample(kinds, rng.randint(2, 3) if rng.random() < 0.25 else rng.randint(4, 9))
    attach = rng.choice(("stop", "nothing", "colon", "colon", "dash"))  # what the site prints after a heading
    dash = rng.choice((" - ", " - ", " \u2013 ", " \u2014 ", "\u2014"))
    case = rng.choice(("as written", "as written", "title", "capitals"))
    headless = rng.random() < 0.2  # the site prints its items without headings
    marker = rng.choice(("", "", "1. ", "1) ", "(1) ", "\u2022 ", "- ", "* ", "\u00b7 "))
    curly = rng.random() < 0.3  # typographic quotes and apostrophes
    items: list[tuple[str, ...]] = []
    for number, (headings, sentences) in enumerate(chosen, 1):
        heading = "" if headless or not headings or rng.random() < 0.1 else rng.choice(headings)
        parts = list(rng.choice(sentences))
        if case == "capitals":
            heading = heading.upper()
        elif case == "title":
            heading = " ".join(word[:1].upper() + word[1:] for word in heading.split())
        if heading and heading[-1] in ".?!":  # a whole sentence: printed before the item's sentences
            parts.insert(0, heading)
        elif heading and attach == "colon":
            parts[0] = f"{heading}: {parts[0]}"
        elif heading and attach == "dash":
            parts[0] = f"{heading}{dash}{parts[0]}"
        elif heading:
            parts.insert(0, heading + ("." if attach == "stop" else ""))
        if marker:
            parts[0] = (marker.replace("1", str(number)) if "1" in marker else marker) + parts[0]
        items.append(tuple(parts))
    if rng.random() < 0.25:
        items.insert(0, ("", rng.choice([line for line in POLICY_INTROS_8 if fits(line)])))
    if rng.random() < 0.4:
        items.append(("", rng.choice([line for line in POLICY_CLOSINGS_8 if fits(line)])))
    if rng.random() < 0.4:
        items.insert(0, (rng.choice([line for line in POLICY_TITLES_8 if fits(line)]), ""))
    if curly:
        items = [tuple(_curly(part) for part in item) for item in items]
    return items


def _items_9(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-9 policy, as ``_items_6``'s: each site's own way of printing its headings, items and lines."""
    plain = rng.random() < 0.3  # a site whose policy never says "comment"

    def allowed(choices: tuple) -> list:
        kept = [choice for choice in choices if not plain or "comment" not in str(choice).lower()]
        return kept or list(choices)

    count = rng.randint(2, 3) if rng.random() < 0.25 else rng.randint(4, 8)
    chosen = rng.sample(REWORDINGS_9, count)
    joint = rng.choice(("line", "line", "colon", "dash"))  # heading on its own line, or before the sentence
    stop = rng.choice((".", "", ":")) if joint == "line" else rng.choice((": ", " - ", " \u2014 ", " \u2013 "))
    case = rng.choice(("as written", "as written", "title", "capitals"))
    bare = rng.random() < 0.2  # the site prints its items without headings
    short = not bare and rng.random() < 0.1  # the site prints only its headings, as short rules
    marker = rng.choice(("", "", "number", "number", "1)", "\u2022 ", "- ", "* "))
    items: list[tuple[str, ...]] = []
    for number, (headings, variants) in enumerate(chosen, 1):
        heading = "" if bare or rng.random() < 0.1 else rng.choice(allowed(headings))
        if case == "title":
            heading = " ".join(word[:1].upper() + word[1:] for word in heading.split())
        elif case == "capitals":
            heading = heading.upper()
        sentences = list(rng.choice(allowed(variants)))
        if short and heading:
            parts = [heading + "."]
        elif heading and joint == "line":
            parts = [heading + stop, *sentences]
        elif heading:
            parts = [heading + stop + sentences[0], *sentences[1:]]
        else:
            parts = sentences
        if marker == "number":
            parts[0] = f"{number}. {parts[0]}"
        elif marker == "1)":
            parts[0] = f"{number}) {parts[0]}"
        elif marker:
            parts[0] = marker + parts[0]
        items.append(tuple(parts))
    if rng.random() < 0.25:
        items.insert(0, ("", rng.choice(allowed(POLICY_INTROS_9))))
    if rng.random() < 0.4:
        items.append(("", rng.choice(allowed(POLICY_CLOSINGS_9))))
    if rng.random() < 0.4:
        title = rng.choice(allowed(POLICY_TITLES_9))
        items.insert(0, (title.upper() if rng.random() < 0.3 else title, ""))
    if rng.random() < 0.3:
        items = [tuple(_curly(part) for part in item) for item in items]
    return items


def _items_10(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-10 policy: (first line, ...) per item as each site prints it, a title as (title, "")."""
    plain = rng.random() < 0.3  # the site's policy never says "comment"

    def fits(parts: tuple[str, ...]) -> bool:
        return not plain or all("comment" not in part.lower() for part in parts)

    kinds = [(headings, [s for s in sentences if fits(s)]) for headings, sentences in REWORDINGS_10]
    kinds = [(headings, sentences) for headings, sentences in kinds if sentences]
    chosen = rng.sample(kinds, rng.randint(2, 3) if rng.random() < 0.25 else rng.randint(4, 8))
    inline = rng.random() < 0.5  # the heading before the sentence on the same line, or a line of its own
    stop = rng.choice((": ", ": ", " - ", " \u2013 ", " \u2014 ")) if inline else rng.choice((".", ":", ""))
    bare = rng.random() < 0.2  # the site prints its items without headings
    capitals = rng.random() < 0.25
    mark = rng.choice(("", "", "{}. ", "{}) ", "({}) ", "\u2022 ", "- ", "* ", "\u25aa "))
    items: list[tuple[str, ...]] = []
    for number, (headings, sentences) in enumerate(chosen, 1):
        heading = "" if bare or rng.random() < 0.1 else rng.choice(headings)
        heading = heading.upper() if capitals else heading
        parts = list(rng.choice(sentences))
        if heading and inline:
            parts[0] = heading + (" " if heading[-1] in "?!" else stop) + parts[0]
        elif heading:
            parts.insert(0, heading + ("" if heading[-1] in "?!" else stop))
        if mark:
            parts[0] = mark.format(number) + parts[0]
        items.append(tuple(parts))
    if rng.random() < 0.25:
        items.insert(0, ("", rng.choice([line for line in POLICY_INTROS_10 if fits((line,))])))
    if rng.random() < 0.4:
        items.append(("", rng.choice([line for line in POLICY_CLOSINGS_10 if fits((line,))])))
    if rng.random() < 0.4:
        title = rng.choice([line for line in POLICY_TITLES_10 if fits((line,))])
        items.insert(0, (title.upper() if rng.random() < 0.3 else title, ""))
    if rng.random() < 0.3:
        items = [tuple(_curly(part) for part in item) for item in items]
    return items


def _without_comment(text: str, words: tuple[tuple[str, str], ...]) -> str:
    for said, instead in words:
        text = text.replace(said, instead).replace(said.capitalize(), instead.capitalize())
    return text


def _items_11(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-11 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", sentence)."""
    chosen = rng.sample(REWORDINGS_11, rng.randint(2, 3) if rng.random() < 0.3 else rng.randint(4, 8))
    inline = rng.random() < 0.5  # the site prints the heading before the sentence on the same line
    stop = rng.choice((": ", " - ", " \u2013 ", " \u2014 ", ". ")) if inline else rng.choice((".", ":", ""))
    capitals = rng.random() < 0.25
    bare = rng.random() < 0.2  # the site prints its items without headings
    mark = rng.choice(ITEM_MARKS_11) if rng.random() < 0.7 else ""
    words = rng.choice(NO_COMMENT_11) if rng.random() < 0.3 else ()
    curly = rng.random() < 0.3
    items: list[tuple[str, ...]] = []
    for number, (headings, sentences) in enumerate(chosen, 1):
        heading = "" if bare or rng.random() < 0.1 else rng.choice(headings)
        if capitals:
            heading = heading.upper()
        parts = list(rng.choice(sentences))
        if heading and inline:
            parts[0] = heading + stop + parts[0]
        elif heading:
            parts.insert(0, heading + stop)
        if mark:
            parts[0] = mark.replace("1", str(number)) + " " + parts[0]
        items.append(tuple(parts))
    if rng.random() < 0.25:
        items.insert(0, ("", rng.choice(POLICY_INTROS_11)))
    if rng.random() < 0.4:
        items.append(("", rng.choice(POLICY_CLOSINGS_11)))
    if rng.random() < 0.4:
        titles = [title for title in POLICY_TITLES_11 if not words or "comment" not in title.lower()]
        title = rng.choice(titles)
        items.insert(0, (title.upper() if rng.random() < 0.3 else title, ""))
    if words:
        items = [tuple(_without_comment(part, words) for part in item) for item in items]
    if curly:
        items = [tuple(_curly(part) for part in item) for item in items]
    return items


def _no_comment_12(text: str, words: tuple[str, ...]) -> str:
    """``text`` as a site that never says "comment" prints it: ``words`` for comment(s), commenting, commenters."""
    for said, instead in zip(("commenters", "commenting", "comments", "comment"), words[::-1], strict=True):
        text = text.replace(said, instead).replace(said.capitalize(), instead.capitalize())
    return text


def _items_12(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-12 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", line)."""
    chosen = rng.sample(REWORDINGS_12, rng.randint(2, 3) if rng.random() < 0.3 else rng.randint(4, 8))
    # a heading printed before its sentence on the same line, after a colon or a dash (or on a line of its own: "")
    inline = rng.choice(("", "", ": ", ": ", " - ", " \u2013 ", " \u2014 "))
    stop = rng.choice((".", ":", "", ""))  # else what the site prints after a heading on its own line
    capitals = rng.random() < 0.25
    bare = rng.random() < 0.2  # the site prints its items without headings
    marks = rng.random()  # numbered (0.3), bulleted (0.3) or neither
    bullet = rng.choice(BULLETS_12)
    number = rng.choice(NUMBERS_12)
    words = rng.choice(NO_COMMENT_12) if rng.random() < 0.3 else ()  # a site that never says "comment"
    items: list[tuple[str, ...]] = []
    for count, (headings, sentences) in enumerate(chosen, 1):
        heading = "" if bare or rng.random() < 0.1 else rng.choice(headings)
        parts = list(rng.choice(sentences))
        if words:
            heading, parts = _no_comment_12(heading, words), [_no_comment_12(part, words) for part in parts]
        heading = heading.upper() if capitals else heading
        if heading and inline:
            parts[0] = heading + (" " if heading[-1] == "?" else inline) + parts[0]
            heading = ""
        elif heading and heading[-1] != "?":
            heading += stop
        if marks < 0.6:
            mark = number.format(count) if marks < 0.3 else bullet
            if heading:
                heading = f"{mark} {heading}"
            else:
                parts[0] = f"{mark} {parts[0]}"
        items.append((heading, *parts))
    if rng.random() < 0.25:
        items.insert(0, ("", rng.choice([line for line in POLICY_INTROS_12 if not words or "omment" not in line])))
    if rng.random() < 0.4:
        items.append(("", rng.choice([line for line in POLICY_CLOSINGS_12 if not words or "omment" not in line])))
    if rng.random() < 0.4:
        title = rng.choice([line for line in POLICY_TITLES_12 if not words or "omment" not in line])
        items.insert(0, (title.upper() if rng.random() < 0.3 else title, ""))
    if rng.random() < 0.3:
        items = [tuple(_curly(part) for part in item) for item in items]
    if rng.random() < 0.4:
        for british, american in AMERICAN_12.items():
            items = [
                tuple(
                    part.replace(british, american).replace(british.capitalize(), american.capitalize())
                    for part in item
                )
                for item in items
            ]
    return items


def _says_no_comment(text: str) -> bool:
    return "comment" not in text.lower()


def _items_13(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-13 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", line)."""
    chosen = rng.sample(REWORDINGS_13, 2 + rng.randrange(2) if rng.random() < 0.3 else rng.randint(4, 8))
    quiet = rng.random() < 0.3  # a site whose policy never says "comment"
    bare = rng.random() < 0.2  # the site prints its items without headings
    only_headings = not bare and rng.random() < 0.1  # the site prints its headings alone, as short rules
    inline = rng.random() < 0.5  # the heading before its sentence on the same line
    joint = rng.choice(INLINE_13)
    stop = rng.choice((".", ":", "", ""))  # what this site prints after a heading on its own line
    capitals = rng.random() < 0.25
    marks = rng.random() < 0.6
    numbered = marks and rng.random() < 0.5
    form = rng.choice(NUMBERS_13 if numbered else BULLETS_13)
    curly = rng.random() < 0.3
    items: list[tuple[str, ...]] = []
    for number, (headings, sentences) in enumerate(chosen, 1):
        if quiet:
            headings = tuple(h for h in headings if _says_no_comment(h)) or headings
            sentences = tuple(s for s in sentences if _says_no_comment(" ".join(s))) or sentences
        heading = "" if bare or rng.random() < 0.1 else rng.choice(headings)
        if capitals:
            heading = heading.upper()
        parts = list(rng.choice(sentences))
        if only_headings and heading:
            parts = [heading if heading[-1] == "?" else heading + "."]
        elif heading and inline:
            parts[0] = heading + (" " if heading[-1] == "?" and joint == ". " else joint) + parts[0]
        elif heading:
            parts.insert(0, heading if heading[-1] == "?" else heading + stop)
        if marks:
            mark = form.format(number) if numbered else form
            parts[0] = f"{mark} {parts[0]}"
        item = tuple(parts)
        items.append(tuple(_curly(part) for part in item) if curly else item)
    if rng.random() < 0.25:
        intros = tuple(line for line in POLICY_INTROS_13 if not quiet or _says_no_comment(line))
        items.insert(0, ("", rng.choice(intros)))
    if rng.random() < 0.4:
        closings = tuple(line for line in POLICY_CLOSINGS_13 if not quiet or _says_no_comment(line))
        items.append(("", rng.choice(closings)))
    if rng.random() < 0.4:
        titles = tuple(line for line in POLICY_TITLES_13 if not quiet or _says_no_comment(line))
        title = rng.choice(titles)
        items.insert(0, (title.upper() if rng.random() < 0.3 else title, ""))
    return items


def _items_14(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-14 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", line)."""
    chosen = rng.sample(REWORDINGS_14, rng.randint(2, 3) if rng.random() < 0.3 else rng.randint(4, 8))
    plain = rng.random() < 0.3  # a site whose policy never says "comment"
    bare = rng.random() < 0.2  # the site prints its items without headings
    capitals = rng.random() < 0.25  # ... or its headings in capitals
    inline = rng.choice(INLINE_14) if rng.random() < 0.5 else ""  # a heading before its sentence on one line
    stop = rng.choice((".", ":", "", ""))  # what the site prints after a heading on its own
    marks = rng.random()  # items numbered (0.3), bulleted (0.3) or neither; a bullet has no place for the number
    mark = rng.choice(NUMBERS_14) if marks < 0.3 else rng.choice(BULLETS_14) if marks < 0.6 else ""

    def keep(texts: tuple) -> tuple:
        if not plain:
            return texts
        return tuple(text for text in texts if "comment" not in str(text).lower())

    items: list[tuple[str, ...]] = []
    for position, (headings, sentences) in enumerate(chosen, 1):
        heading = "" if bare or rng.random() < 0.1 else rng.choice(keep(headings))
        if capitals:
            heading = heading.upper()
        parts = list(rng.choice(keep(sentences)))
        if heading and inline:
            parts[0] = heading + (" " if heading.endswith("?") else inline) + parts[0]
            heading = ""
        elif heading and not heading.endswith("?"):
            heading += stop
        item = [heading, *parts]
        if mark:
            first = 0 if heading else 1
            item[first] = f"{mark.format(position)} {item[first]}"
        items.append(tuple(item))
    if rng.random() < 0.25:
        items.insert(0, ("", rng.choice(keep(POLICY_INTROS_14))))
    if rng.random() < 0.4:
        items.append(("", rng.choice(keep(POLICY_CLOSINGS_14))))
    if rng.random() < 0.4:
        title = rng.choice(keep(POLICY_TITLES_14))
        items.insert(0, (title.upper() if rng.random() < 0.3 else title, ""))
    if rng.random() < 0.3:
        items = [tuple(_curly(part) for part in item) for item in items]
    return items


def _items_15(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-15 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", sentence)."""
    plain = rng.random() < 0.3  # the site's policy never says "comment": only its variants without the word

    def fits(text: str) -> bool:
        return not plain or "comment" not in text.lower()

    kinds = []
    for headings, sentences in REWORDINGS_15:
        headings = tuple(heading for heading in headings if fits(heading))
        sentences = tuple(variant for variant in sentences if all(fits(part) for part in variant))
        if headings and sentences:
            kinds.append((headings, sentences))
    chosen = rng.sample(kinds, rng.randint(2, 3) if rng.random() < 0.3 else rng.randint(4, 8))
    bare = rng.random() < 0.2  # the site prints its items without headings
    inline = rng.choice(INLINE_15) if rng.random() < 0.5 else ""  # a heading before its sentence on the same line
    stop = rng.choice((".", ":", "", ""))  # what the site prints after a heading on its own line
    capitals = rng.random() < 0.25
    marks = rng.random()
    mark = rng.choice(NUMBERS_15) if marks < 0.3 else rng.choice(BULLETS_15) if marks < 0.6 else ""
    items: list[tuple[str, ...]] = []
    for number, (headings, sentences) in enumerate(chosen, 1):
        heading = "" if bare or rng.random() < 0.15 else rng.choice(headings)
        if capitals:
            heading = heading.upper()
        parts = list(rng.choice(sentences))
        if heading and inline:
            parts[0] = heading + " " + parts[0] if heading[-1] in "?!" else heading + inline + parts[0]
        elif heading:
            parts.insert(0, heading if heading[-1] in "?!" else heading + stop)
        if mark:
            parts[0] = f"{mark.format(number) if '{}' in mark else mark} {parts[0]}"
        items.append(tuple(parts))
    intros = [line for line in POLICY_INTROS_15 if fits(line)]
    if rng.random() < 0.25:
        items.insert(0, ("", rng.choice(intros)))
    if rng.random() < 0.4:
        items.append(("", rng.choice([line for line in POLICY_CLOSINGS_15 if fits(line)])))
    if rng.random() < 0.4:
        title = rng.choice([line for line in POLICY_TITLES_15 if fits(line)])
        items.insert(0, (title.upper() if rng.random() < 0.3 else title, ""))
    if rng.random() < 0.3:
        items = [tuple(_curly(part) for part in item) for item in items]
    return items


def _items_16(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-16 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", sentence)."""
    plain = rng.random() < 0.3  # the site's policy never says "comment"
    kinds = REWORDINGS_16
    if plain:
        kinds = tuple(
            (
                tuple(h for h in headings if "comment" not in h.lower()),
                tuple(s for s in sentences if "comment" not in " ".join(s).lower()),
            )
            for headings, sentences in REWORDINGS_16
        )
        kinds = tuple((headings, sentences) for headings, sentences in kinds if headings and sentences)
    chosen = rng.sample(kinds, rng.randint(2, 3) if rng.random() < 0.3 else rng.randint(4, 8))
    inline = rng.choice(INLINE_16) if rng.random() < 0.5 else ""  # heading and sentence on one line
    stop = rng.choice((".", ":", "", ""))  # what this site prints after a heading on its own line
    capitals = rng.random() < 0.25
    bare = rng.random() < 0.2  # the site prints its items without headings
    only = not bare and rng.random() < 0.1  # the site prints headings only, as short rules
    marks = rng.random()
    number = rng.choice(NUMBERS_16) if marks < 0.3 else ""
    bullet = rng.choice(BULLETS_16) if 0.3 <= marks < 0.6 else ""
    items: list[tuple[str, ...]] = []
    for place, (headings, sentences) in enumerate(chosen, 1):
        heading = "" if bare or rng.random() < 0.15 else rng.choice(headings)
        if capitals:
            heading = heading.upper()
        parts = list(rng.choice(sentences))
        if only and heading:
            parts = [heading + ("" if heading[-1] == "?" else ".")]
        elif heading and inline:
            parts[0] = heading + (" " if heading[-1] == "?" else inline) + parts[0]
        elif heading:
            parts.insert(0, heading + ("" if heading[-1] == "?" else stop))
        mark = number.format(place) if number else bullet
        if mark:
            parts[0] = f"{mark} {parts[0]}"
        items.append(("", *parts) if len(parts) == 1 else tuple(parts))
    if rng.random() < 0.25:
        intros = [line for line in POLICY_INTROS_16 if not plain or "comment" not in line.lower()]
        items.insert(0, ("", rng.choice(intros)))
    if rng.random() < 0.4:
        closings = [line for line in POLICY_CLOSINGS_16 if not plain or "comment" not in line.lower()]
        items.append(("", rng.choice(closings)))
    if rng.random() < 0.4:
        title = rng.choice([line for line in POLICY_TITLES_16 if not plain or "comment" not in line.lower()])
        items.insert(0, (title.upper() if rng.random() < 0.3 else title, ""))
    if rng.random() < 0.3:
        items = [tuple(_curly(part) for part in item) for item in items]
    return items


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


def _plain_19(text: str) -> bool:
    return "comment" not in text.lower()


def _items_19(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-19 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", sentence)."""
    plain = rng.random() < 0.3  # the site's policy never says "comment"
    kinds = []
    for headings, sentences in REWORDINGS_19:
        if plain:
            headings = tuple(heading for heading in headings if _plain_19(heading))
            sentences = tuple(parts for parts in sentences if all(_plain_19(part) for part in parts))
        if headings and sentences:
            kinds.append((headings, sentences))
    count = rng.randint(2, 3) if rng.random() < 0.3 else rng.randint(4, 9)
    chosen = rng.sample(kinds, min(count, len(kinds)))
    inline = rng.choice(INLINE_19) if rng.random() < 0.5 else ""  # a heading before its sentence on one line
    stop = rng.choice((".", ":", "", ""))  # what this site prints after a heading on its own line
    capitals = rng.random() < 0.25
    bare = rng.random() < 0.2  # the site prints its items without headings
    marks = rng.random()
    number, bullet = rng.choice(NUMBERS_19), rng.choice(BULLETS_19)
    items: list[tuple[str, ...]] = []
    for place, (headings, sentences) in enumerate(chosen, 1):
        heading = "" if bare or rng.random() < 0.15 else rng.choice(headings)
        parts = list(rng.choice(sentences))
        if heading:
            heading = heading.upper() if capitals else heading
            if inline:
                parts[0] = heading + (" " if heading.endswith("?") else inline) + parts[0]
            else:
                parts.insert(0, heading if heading.endswith("?") else heading + stop)
        if marks < 0.3:
            parts[0] = number.format(place) + " " + parts[0]
        elif marks < 0.6:
            parts[0] = bullet + " " + parts[0]
        items.append(tuple(parts))
    if rng.random() < 0.25:
        intros = [line for line in POLICY_INTROS_19 if not plain or _plain_19(line)]
        items.insert(0, ("", rng.choice(intros)))
    if rng.random() < 0.4:
        closings = [line for line in POLICY_CLOSINGS_19 if not plain or _plain_19(line)]
        items.append(("", rng.choice(closings)))
    if rng.random() < 0.4:
        title = rng.choice([line for line in POLICY_TITLES_19 if not plain or _plain_19(line)])
        items.insert(0, (title.upper() if rng.random() < 0.3 else title, ""))
    if rng.random() < 0.3:
        items = [tuple(_curly(part) for part in item) for item in items]
    return items


def _plain_20(text: str) -> bool:
    return "comment" not in text.lower()


def _items_20(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-20 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", sentence)."""
    count = rng.randint(2, 3) if rng.random() < 0.3 else rng.randint(4, 9)
    plain = rng.random() < 0.3  # a site whose policy never says "comment"
    kinds = []
    for headings, sentences in REWORDINGS_20:
        headings = tuple(h for h in headings if _plain_20(h)) if plain else headings
        sentences = tuple(s for s in sentences if all(map(_plain_20, s))) if plain else sentences
        if headings and sentences:
            kinds.append((headings, sentences))
    chosen = rng.sample(kinds, min(count, len(kinds)))
    inline = rng.random() < 0.5  # the heading before its sentence on the same line
    stop = rng.choice((".", ":", "", "."))  # after a heading on its own line
    sep = rng.choice(INLINE_20)
    capitals = rng.random() < 0.25
    bare = rng.random() < 0.2  # no headings at all
    marks = rng.random()
    if marks < 0.3:
        number = rng.choice(NUMBERS_20)
        mark = [number.format(n + 1) for n in range(len(chosen))]
    elif marks < 0.6:
        mark = [rng.choice(BULLETS_20)] * len(chosen)
    else:
        mark = [""] * len(chosen)
    items: list[tuple[str, ...]] = []
    for n, (headings, sentences) in enumerate(chosen):
        heading = "" if bare or rng.random() < 0.15 else rng.choice(headings)
        if capitals:
            heading = heading.upper()
        parts = list(rng.choice(sentences))
        if heading and inline:
            parts[0] = heading + (" " if heading[-1] == "?" else sep) + parts[0]
        elif heading:
            parts.insert(0, heading + ("" if heading[-1] == "?" else stop))
        if mark[n]:
            parts[0] = mark[n] + " " + parts[0]
        items.append(tuple(parts))
    if rng.random() < 0.25:
        intros = [line for line in POLICY_INTROS_20 if not plain or _plain_20(line)]
        items.insert(0, ("", rng.choice(intros)))
    if rng.random() < 0.4:
        closings = [line for line in POLICY_CLOSINGS_20 if not plain or _plain_20(line)]
        items.append(("", rng.choice(closings)))
    if rng.random() < 0.4:
        titles = [line for line in POLICY_TITLES_20 if not plain or _plain_20(line)]
        title = rng.choice(titles)
        items.insert(0, (title.upper() if rng.random() < 0.3 else title, ""))
    if rng.random() < 0.3:
        items = [tuple(_curly(part) for part in item) for item in items]
    return items


def _plain_21(text: str) -> bool:
    """Whether a line of a reworded-21 policy does without the word "comment"."""
    return "comment" not in text.lower()


def _curly_21(text: str) -> str:
    """Typographic apostrophes and quotes, as a site's editor prints them."""
    out = []
    for i, char in enumerate(text):
        before = text[i - 1] if i else " "
        if char == "'":
            out.append("\u2018" if before in " (" else "\u2019")
        elif char == '"':
            out.append("\u201c" if before in " (" else "\u201d")
        else:
            out.append(char)
    return "".join(out)


def _items_21(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-21 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", sentence)."""
    count = rng.randint(2, 3) if rng.random() < 0.3 else rng.randint(4, 9)
    plain = rng.random() < 0.3  # a site whose policy never says "comment"
    kinds = REWORDINGS_21
    if plain:
        kinds = tuple(
            (tuple(h for h in headings if _plain_21(h)), tuple(s for s in sentences if all(map(_plain_21, s))))
            for headings, sentences in REWORDINGS_21
        )
        kinds = tuple(kind for kind in kinds if kind[0] and kind[1])
    chosen = rng.sample(kinds, count)
    inline = rng.choice(INLINE_21) if rng.random() < 0.5 else ""  # heading and sentence on one line
    stop = rng.choice((".", ":", "", ""))  # what this site prints after a heading on its own line
    capitals = rng.random() < 0.25
    bare = rng.random() < 0.2  # the site prints its items without headings
    marks = rng.random()
    if marks < 0.3:  # numbered: 1. 1) (1) 1.- or (i) i. or (a) a)
        style = rng.choice(("number", "number", "roman", "letter"))
        form = rng.choice(NUMBERS_21) if style == "number" else rng.choice(LETTERED_21)
        mark = None
    elif marks < 0.6:
        style, form, mark = "bullet", "", rng.choice(BULLETS_21)
    else:
        style, form, mark = "", "", None
    items: list[tuple[str, ...]] = []
    for place, (headings, sentences) in enumerate(chosen):
        heading = "" if bare or rng.random() < 0.15 else rng.choice(headings)
        if capitals:
            heading = heading.upper()
        parts = list(rng.choice(sentences))
        if heading and inline:
            parts[0] = heading + (" " if heading[-1] == "?" else inline) + parts[0]
            heading = ""
        elif heading and heading[-1] != "?":
            heading += stop
        if style == "number":
            label = form.format(place + 1)
        elif style == "roman":
            label = form.format(ROMAN_21[place])
        elif style == "letter":
            label = form.format("abcdefghijklmn"[place])
        else:
            label = mark or ""
        if label:
            if heading:
                heading = f"{label} {heading}"
            else:
                parts[0] = f"{label} {parts[0]}"
        items.append((heading, *parts))
    lines = (POLICY_INTROS_21, POLICY_CLOSINGS_21, POLICY_TITLES_21)
    intros, closings, titles = (tuple(line for line in group if not plain or _plain_21(line)) for group in lines)
    if rng.random() < 0.25:
        items.insert(0, ("", rng.choice(intros)))
    if rng.random() < 0.4:
        items.append(("", rng.choice(closings)))
    if rng.random() < 0.4:
        title = rng.choice(titles)
        items.insert(0, (title.upper() if rng.random() < 0.3 else title, ""))
    if rng.random() < 0.3:
        items = [tuple(_curly_21(part) for part in item) for item in items]
    return items


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


REWORDINGS_25 = (  # (headings, sentence variants)
    (
        ("Be kind", "Kindness first", "Treat others as you would be treated", "Be civil"),
        (
            (
                "Every knitter here was a beginner once, so answer questions the way you would have wanted them answered.",
            ),
            ("Disagree if you must, but do it politely.", "Rudeness towards other members will be removed."),
            ("Keep your tone friendly and neighbourly; this is a small community and most of us will meet again.",),
            ("Treat fellow readers with the courtesy you would show them at the co-op's annual meeting.",),
        ),
    ),
    (
        ("Argue the point, not the person", "No personal attacks", "Play the ball"),
        (
            ("Criticise arguments all you like, but insults, name-calling and mocking other posters are not allowed.",),
            ("Attacks on other readers, reporters or moderators will be deleted without warning.",),
            ("Go after the idea, never the person who posted it.", "Repeat offenders lose their posting rights."),
        ),
    ),
    (
        ("No hate speech", "Respect every community", "Racism and discrimination"),
        (
            (
                "Posts that demean people for their race, caste, ethnicity, religion, gender or disability will be "
                "removed.",
            ),
            (
                "We do not tolerate slurs against any island, province, clan or ethnic group.",
                "Such posts are deleted and the account suspended.",
            ),
            ("Comments that stir up hatred between communities may break the law as well as our rules.",),
        ),
    ),
    (
        ("Mind the law", "Defamation and the courts", "Stay within the law", "Legal matters"),
        (
            ("Do not accuse named people of crimes they have not been convicted of; you can be sued, and so can we.",),
            ("Do not discuss cases that are before the courts in a way that could prejudice a fair trial.",),
            (
                "Posts that break the laws of Fiji, including those on defamation and contempt of court, will be removed.",
            ),
            (
                "You are legally responsible for what you post.",
                "Defamatory or obscene material can lead to prosecution under the Electronic Transactions Act.",
            ),
        ),
    ),
    (
        ("English, please", "Language", "Which language?"),
        (
            ("Please post in English so that all readers and our moderators can follow the discussion.",),
            (
                "Posts are welcome in English, Samoan or Tok Pisin, but we cannot moderate other languages and may remove them.",
            ),
            (
                "A word or phrase in Icelandic, Latvian or Nepali is fine; whole posts in other languages will be held back.",
            ),
        ),
    ),
    (
        ("Respect culture and custom", "Fa'aaloalo: respect", "Chiefs, churches and custom"),
        (
            ("Criticise decisions if you wish, but do not insult chiefs, church leaders or village councils by name.",),
            ("Respect traditional titles, customs and sacred sites when discussing village and land matters.",),
            ("Debate about the monarchy and national institutions must remain respectful and within the law.",),
        ),
    ),
    (
        ("Think of the families", "Victims and casualties", "Out of respect"),
        (
            ("Do not name the injured or the dead before the department or the next of kin have done so.",),
            (
                "Families of those involved may be reading.",
                "Speculation about the cause of a fire or crash, or about who was to blame, will be removed.",
            ),
            ("Please do not post photos or videos taken at the scene of an accident or fire.",),
        ),
    ),
    (
        ("Not for emergencies", "In an emergency", "This is not a dispatch line"),
        (
            ("This page is not monitored around the clock.", "To report a fire or medical emergency, call 911."),
            ("Do not use the comments to report outages, fires or injuries; call 112 or your local emergency number.",),
            ("If someone is overdue on the mountain, call 112 and ask for mountain rescue rather than posting here.",),
            (
                "Power outages cannot be reported here.",
                "Call the outage line printed on your bill or use the co-op's app.",
            ),
        ),
    ),
    (
        ("Conditions reports", "Snow and avalanche talk", "Out of bounds"),
        (
            (
                "Members' reports on snow and trail conditions are not forecasts; always check the official avalanche "
                "bulletin before heading out.",
            ),
            (
                "Do not post routes into closed or out-of-bounds terrain.",
                "Posts that encourage skiing closed runs will be removed.",
            ),
            ("Sharing conditions is welcome, but anything you read here is used at your own risk in the backcountry.",),
        ),
    ),
    (
        ("Searches and rescues", "Missing persons", "Let the rescuers work"),
        (
            ("During an active search, please do not speculate about the missing person's decisions or condition.",),
            ("We close discussion on rescue stories while a search is under way, out of respect for those involved.",),
            ("Criticism of the volunteers who carry out rescues, often at their own risk, will not be published.",),
        ),
    ),
    (
        ("Patterns and copyright", "Credit the designer", "Don't share paid patterns"),
        (
            ("Do not post or photograph the text of paid patterns; link to the designer's shop instead.",),
            ("Always credit the designer when you show a finished quilt or garment made from someone else's pattern.",),
            ("Photos you did not take need the owner's permission.", "Scans of books and magazines will be removed."),
        ),
    ),
    (
        ("Buying and selling", "Destash and sales", "No classifieds", "Sales belong in the marketplace"),
        (
            ("Sales, swaps and destash posts go in the marketplace thread only.",),
            ("Animals, plants and equipment may not be offered for sale in the discussion; use the classifieds page.",),
            (
                "We are not responsible for any deal made between members.",
                "Meet in a public place and never pay in advance.",
            ),
        ),
    ),
    (
        ("Advice is not a vet", "Animal health", "Care advice"),
        (
            ("Members share experience, not veterinary advice; a sick fish or reptile needs a qualified vet.",),
            (
                "Advice here comes from fellow hobbyists.",
                "If an animal is ill, see an exotic-animal vet before trying any home remedy.",
            ),
            ("Posts showing live feeding, neglect or cruelty will be removed, however they are meant.",),
        ),
    ),
    (
        ("Protected and invasive species", "Know the law on species", "Never release pets"),
        (
            ("Do not offer, request or discuss trading species protected under CITES or national wildlife law.",),
            (
                "Never suggest releasing fish, plants or reptiles into ponds, rivers or the wild.",
                "Many are invasive, and it is illegal.",
            ),
            (
                "Collecting wild animals or plants from reserves is against the law, and posts describing it will be removed.",
            ),
        ),
    ),
    (
        ("Spoilers", "Mark your spoilers", "No leaks"),
        (
            (
                "Tag spoilers for episodes, films and issues released in the last two weeks, and keep them out of thread titles.",
            ),
            ("Leaked scripts, pages and unreleased footage may not be posted or linked here.",),
            ("If it happens after the first act, mark it as a spoiler.",),
        ),
    ),
    (
        ("Leave the creators alone", "Respect artists and crews", "No harassment of creators"),
        (
            ("Criticise the work, not the artists, writers, animators or voice actors who made it.",),
            ("Organising pile-ons or tagging creators with abuse will get your account banned.",),
            ("Animators and studio crews are people doing a job; keep your disappointment civil.",),
        ),
    ),
    (
        ("Student-athletes", "Our athletes are students", "Keep it about the game"),
        (
            (
                "Our athletes are students first and foremost.",
                "Posts about their grades, private lives or families will be removed.",
            ),
            ("Criticise the play, the calls and the coaching decisions, not the 19-year-olds on the field.",),
            (
                "Do not post about recruits' visits or contact prospective athletes here; conference and NCAA rules apply "
                "to boosters.",
            ),
        ),
    ),
    (
        ("Billing and account questions", "Your account", "Member services"),
        (
            (
                "For questions about your bill, meter or service, please contact member services rather than posting "
                "account details here.",
            ),
            ("Never post your account number, address or payment details in a public reply.",),
            (
                "Staff cannot discuss individual accounts in public.",
                "Call the office during business hours and we will help.",
            ),
        ),
    ),
    (
        ("No campaigning", "Elections", "Board and political elections"),
        (
            ("Endorsements of candidates for the co-op board or public office are not allowed in these discussions.",),
            ("During election periods we do not publish posts that campaign for or against a candidate or party.",),
            ("Discuss policies freely, but do not use this space to ask for votes or donations.",),
        ),
    ),
    (
        ("Photographs of our neighbours", "Respect Plain neighbours", "No preaching"),
        (
            (
                "Please do not post photographs of Amish or Old Order Mennonite neighbours, who ask not to be photographed.",
            ),
            (
                "Many in our community do not use the internet and cannot answer for themselves here; speak of them "
                "with care.",
            ),
            ("Sharing faith is part of our community, but sermons and arguments over doctrine belong elsewhere.",),
        ),
    ),
    (
        ("Your privacy", "Privacy", "What we do with your details"),
        (
            ("Your email address is never shown publicly or sold.", "See our privacy notice for how we store it."),
            ("We keep the name and email you register with only as long as your account is open.",),
            ("Do not post phone numbers, addresses or other personal details, whether yours or anyone else's.",),
        ),
    ),
    (
        ("Moderation", "Why hasn't my post appeared?", "Posts are reviewed first"),
        (
            ("All posts are read by a moderator before they appear, which can take up to a day at weekends.",),
            ("Our moderators are volunteers, so please be patient if your post does not show straight away.",),
            (
                "First posts from new accounts are held for approval.",
                "Posting the same thing twice will not make it appear sooner.",
            ),
        ),
    ),
    (
        ("Closing your account", "Deleting your account", "Leaving the forum"),
        (
            (
                "To close your account and remove your profile, email the site editor from the address you registered with.",
            ),
            (
                "You can delete your account at any time from your profile settings; your earlier posts may remain, "
                "shown as anonymous.",
            ),
            (
                "Ask us and we will erase your account and personal data within 30 days, as data protection law requires.",
            ),
        ),
    ),
    (
        ("No advertising", "Self-promotion", "Spam"),
        (
            ("Posts that advertise products, services, shops or websites will be removed as spam.",),
            ("Links to your own shop or channel are allowed once, in your profile, not in replies.",),
            (
                "Sponsored content on this site is always labelled.",
                "Advertisers have no say over what our members post.",
            ),
        ),
    ),
    (
        ("Spotted a mistake?", "Corrections", "Errors in our reporting"),
        (
            (
                "If you think we have got something wrong, email the newsroom so an editor can check it and correct the story.",
            ),
            (
                "Corrections left in the thread may be missed; please send them to the news desk with the story's headline.",
            ),
            ("Factual errors in an article should go to the editor, not into the discussion below it.",),
        ),
    ),
    (
        ("Report a problem", "Flag it", "See something wrong?"),
        (
            ("Use the flag or report link beside a post to alert moderators; do not reply to it in kind.",),
            ("If a reply breaks these rules, report it and move on.", "Arguing back only gives it attention."),
        ),
    ),
    (
        ("One account each", "Real names", "Who you are"),
        (
            ("Each person may hold one account.", "Sock-puppet accounts will be removed along with the original."),
            ("Please post under your real first and last name, as you would sign a letter to the editor.",),
            ("Do not pretend to be another member, a firefighter, an official or a member of staff.",),
        ),
    ),
    (
        ("Stay on topic", "Keep to the subject", "Relevance"),
        (
            ("Keep replies relevant to the article or thread you are replying to.",),
            ("Off-topic posts, including general complaints about the paper, may be moved or removed.",),
        ),
    ),
    (
        ("Our decision is final", "The moderators' call", "Final say"),
        (
            ("The editors decide what is published, and may remove any post or account without giving a reason.",),
            ("Moderators may edit or remove any post that breaks these guidelines; their decision is final.",),
        ),
    ),
)
POLICY_TITLES_25 = (
    "Discussion Rules",
    "Posting Guidelines",
    "Before You Post",
    "Community Guidelines",
    "House Rules",
    "Forum Etiquette",
    "Comment Policy",
    "Guidelines for Comments",
    "Rules for the Conversation",
    "Ground Rules",
)
POLICY_INTROS_25 = (
    "Please read these rules before you post.",
    "We welcome readers' views on our stories, within a few simple rules.",
    "This forum is run by volunteers, and these guidelines keep it a friendly place for everyone.",
    "By posting a comment you agree to the following guidelines.",
    "Before you join the discussion, please take a moment to read our house rules.",
)
POLICY_CLOSINGS_25 = (
    "Read the full terms of use at the link below.",
    "The full community guidelines and terms of service are on our Terms page.",
    "Questions about these rules? Email the moderators at forum@threadandneedle.org.",
    "For the complete comment policy, see our Terms of Use.",
    "Concerns about a post can be sent to the web editor at webeditor@ridgelineelectric.coop.",
    "Read our full terms and privacy policy before registering.",
)
NUMBERS_25 = ("{}.", "{})", "({})", "{} -", "#{}", "{}:")
BULLETS_25 = ("\u2022", "-", "*", "\u25e6", "\u25b8", "\u2219", "\u2756", "+")
INLINE_25 = (": ", " - ", " \u2013 ", " \u2014 ")
AMERICAN_25 = {
    "neighbour": "neighbor",
    "criticis": "criticiz",
    "organis": "organiz",
    "labelled": "labeled",
    "behaviour": "behavior",
    "colour": "color",
    "offence": "offense",
}


def _plain_25(text: str) -> bool:
    return "comment" not in text.lower()


def _items_25(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-25 policy: (heading and sentences ...) per item, a title as (title, ""), other lines as ("", line)."""
    plain = rng.random() < 0.3  # a site whose policy never says "comment"
    count = rng.randint(2, 3) if rng.random() < 0.3 else rng.randint(4, 9)
    inline = rng.random() < 0.5  # the heading before the sentence on the same line
    glue = rng.choice(INLINE_25)
    stop = rng.choice((".", ".", ":", ""))
    caps = rng.random() < 0.25
    bare = rng.random() < 0.2
    marking = rng.random()
    mark = rng.choice(NUMBERS_25) if marking < 0.3 else rng.choice(BULLETS_25) if marking < 0.6 else ""
    items: list[tuple[str, ...]] = []
    for headings, variants in rng.sample(REWORDINGS_25, count):
        if plain:
            headings = tuple(heading for heading in headings if _plain_25(heading))
            variants = tuple(variant for variant in variants if all(_plain_25(part) for part in variant))
        heading = "" if bare or not headings or rng.random() < 0.15 else rng.choice(headings)
        heading = heading.upper() if caps else heading
        parts = list(rng.choice(variants))
        if heading and inline:
            parts[0] = heading + (" " if heading.endswith("?") else glue) + parts[0]
        elif heading:
            parts.insert(0, heading if heading.endswith("?") else heading + stop)
        if mark:
            parts[0] = mark.format(len(items) + 1) + " " + parts[0]
        items.append(tuple(parts))
    lines = POLICY_INTROS_25, POLICY_CLOSINGS_25, POLICY_TITLES_25
    intros, closings, titles = (tuple(line for line in group if not plain or _plain_25(line)) for group in lines)
    if rng.random() < 0.25:
        items.insert(0, ("", rng.choice(intros)))
    if rng.random() < 0.4:
        items.append(("", rng.choice(closings)))
    if rng.random() < 0.4:
        title = rng.choice(titles)
        items.insert(0, (title.upper() if rng.random() < 0.3 else title, ""))
    if rng.random() < 0.4:
        items = [tuple(_american_with(AMERICAN_25, part) for part in item) for item in items]
    if rng.random() < 0.3:
        items = [tuple(_curly(part) for part in item) for item in items]
    return items


REWORDINGS_26 = (  # (headings, sentence variants)
    (
        ("Be courteous", "Courtesy costs nothing", "Mind your manners"),
        (
            ("Treat other readers as you would if you met them at the shop or the chapel.",),
            ("Disagree by all means, but do it politely. Name-calling gets a post removed, whoever started it.",),
            ("Write as if the person you are answering were sat across the table from you.",),
        ),
    ),
    (
        ("English or Welsh", "Language", "Which language?", "Saesneg neu Gymraeg"),
        (
            ("Posts are welcome in English or in Welsh; we moderate both, so a Welsh post may take a little longer.",),
            (
                "You may write in English, French, German or Luxembourgish.",
                "Posts in other languages cannot be moderated and will not appear.",
            ),
            ("We publish posts in English only, because our moderators have to be able to read every word of them.",),
        ),
    ),
    (
        ("No divisionism", "No ethnic or tribal hatred", "Unity, not division"),
        (
            (
                "Posts that set one ethnic group, clan or region against another will be removed.",
                "Where the law requires it, they will be passed to the authorities.",
            ),
            ("Nothing that denies or justifies genocide, or stirs up hatred of any ethnic or religious group.",),
            (
                "Do not label people by tribe, race or religion to score a point. We delete it and may close the account.",
            ),
        ),
    ),
    (
        ("Live court cases", "Contempt of court", "Cases before the courts"),
        (
            (
                "Once someone has been charged, say nothing about their guilt, their past or the evidence.",
                "Scottish contempt law is strict and applies to you as well as to us.",
            ),
            (
                "Where a case is active we close the discussion. Speculating about an accused person could collapse a trial.",
            ),
            (
                "Please do not name anyone the courts have ordered must not be identified, including children and victims.",
            ),
        ),
    ),
    (
        ("Defamation", "Don't defame", "Could you prove it?"),
        (
            (
                "Accusing a named person of a crime or of dishonesty without proof is defamation, and you can be sued for it.",
            ),
            ("If you could not stand it up in court, do not post it.",),
            (
                "We remove allegations against named councillors, officials or businesses that are not backed by a published source.",
            ),
        ),
    ),
    (
        ("Election periods", "Campaigning", "No electioneering"),
        (
            (
                "During the campaign, posts that urge people to vote for a party or a candidate are held until polls close.",
            ),
            ("Candidates and their agents must say who they are when they post about the election.",),
            (
                "Branch and executive elections are run under the union's rules.",
                "Please do not use this page to canvass for a candidate.",
            ),
        ),
    ),
    (
        ("Review the show, not the body", "Performers are people", "About the cast"),
        (
            (
                "Criticise a singer's phrasing or a director's staging if you like; remarks about performers' looks or weight will be deleted.",
            ),
            (
                "Reviews are one critic's opinion. Argue with the critic, not with the understudy who went on that night.",
            ),
            (
                "Please keep comments to the production. Personal attacks on cast, crew or orchestra members are not allowed.",
            ),
        ),
    ),
    (
        ("Spoilers", "No plot twists", "Mind the twist"),
        (
            (
                "If you have seen a preview, do not give away the ending for those who have tickets for later in the run.",
            ),
            ("Mark any post that reveals a twist with SPOILER at the top so others can scroll past.",),
        ),
    ),
    (
        ("Umpires and referees", "Respect the officials", "The men and women in the middle"),
        (
            (
                "Question a decision as much as you like.",
                "Suggesting an umpire or referee is corrupt, without evidence, will get the post removed.",
            ),
            ("Officials are volunteers at club level. Abuse of them, here or at the ground, is not tolerated.",),
            ("Criticise the decision, not the referee's character, family or nationality.",),
        ),
    ),
    (
        ("Players' families", "Leave the families out", "Off the field"),
        (
            ("Players' partners, children and parents are off limits, whatever the result on Saturday.",),
            (
                "Do not post about a player's private life, injuries you have heard about second-hand, or their relatives.",
            ),
        ),
    ),
    (
        ("Betting and match-fixing", "No betting tips", "Gambling"),
        (
            (
                "No tips, odds or links to bookmakers. Posts alleging fixing against named players are deleted unless reported by a reliable source.",
            ),
            ("We do not allow links to betting sites or offers of inside information on team selection.",),
        ),
    ),
    (
        ("Tickets", "No touting", "Buying and selling tickets"),
        (
            ("Offering tickets above face value is not allowed here; use the official resale platform.",),
            (
                "Do not post ticket offers, swaps or requests. Posts like these attract scammers and are removed without notice.",
            ),
        ),
    ),
    (
        ("Living people", "Protect the living", "Privacy of living relatives"),
        (
            ("Do not post names, dates of birth or addresses of anyone who may still be alive without their consent.",),
            (
                "Records of living persons stay private.",
                "If your tree reaches the present day, share only the generations that have passed on.",
            ),
        ),
    ),
    (
        ("Cite your sources", "Sources", "Where did you find it?"),
        (
            (
                "When you share a date, a place or a name, say where it came from: a register, a census, a headstone or family memory.",
            ),
            ("Please give the source of any record you quote so other members can check it for themselves.",),
        ),
    ),
    (
        ("Transcriptions and copyright", "Images and records", "Copyright"),
        (
            (
                "Scans of certificates and parish registers may be under copyright. Post a summary, not the image, unless you hold the rights.",
            ),
            ("Only upload photographs you took yourself or have permission to share.",),
            (
                "Transcriptions made by volunteers belong to the society; link to them rather than copying them out in full.",
            ),
        ),
    ),
    (
        ("Installers and quotes", "No sales pitches", "Installers"),
        (
            (
                "Installers are welcome to answer questions but must say they are in the trade. Quotes and sales offers will be removed.",
            ),
            ("Please do not post prices you have been quoted by a named company or ask for quotes here.",),
            ("Recommend an installer if you wish, but declare any connection to the firm.",),
        ),
    ),
    (
        ("Safety first", "Electrical safety", "Do it safely"),
        (
            (
                "Advice from readers is not professional advice. Any work on inverters, batteries or the mains should be done by a licensed electrician.",
            ),
            (
                "We remove posts that encourage bypassing safety switches or connecting a generator to the house without an isolator.",
            ),
        ),
    ),
    (
        ("Student journalists", "Be kind to the students", "Our reporters are students"),
        (
            (
                "This station is run by students who are learning. Point out mistakes by all means, but be constructive.",
            ),
            (
                "Everyone on air and behind the camera is a volunteer and a student. Please keep feedback fair and specific.",
            ),
        ),
    ),
    (
        ("Requests", "Song requests", "Shout-outs"),
        (
            ("Requests and dedications go to the studio line or the request form, not to this page.",),
            ("We cannot play requests posted here. Text the studio while the show is on air.",),
        ),
    ),
    (
        ("Workplace disputes", "Name no names", "Grievances"),
        (
            (
                "Do not name managers or colleagues in a dispute.",
                "Contact your rep or branch secretary; posting details here could harm your case.",
            ),
            (
                "Bargaining positions discussed at branch meetings are confidential until the negotiating team releases them.",
            ),
        ),
    ),
    (
        ("Not an official warning", "Storm season", "Emergencies"),
        (
            (
                "This page is not monitored around the clock. For hurricane warnings follow the Department of Meteorology and NEMA, not readers' posts.",
            ),
            (
                "Please do not post rumours of evacuations or shelter closures. Use official sources and call 919 in an emergency.",
            ),
        ),
    ),
    (
        ("Obituaries", "Condolences", "On memorial pages"),
        (
            ("On obituary pages, please share memories and sympathy only. Family disagreements do not belong here.",),
            ("Guestbook entries are read by grieving families. Anything unkind will be removed before they see it.",),
        ),
    ),
    (
        ("No personal attacks", "Play the ball", "Argue the point"),
        (
            ("Go after the argument, not the person making it.",),
            ("Insults, sneering and taunts aimed at another reader will be deleted, along with the replies to them.",),
            ("Attack ideas, never people. Repeated personal attacks lead to a ban.",),
        ),
    ),
    (
        ("Stay on topic", "Keep to the subject", "Is it relevant?"),
        (
            ("Keep to the subject of the story; a post about something else entirely will be removed.",),
            ("Off-topic posts, including complaints about other stories, may be deleted to keep the thread readable.",),
            ("Comments should relate to the article above them.",),
        ),
    ),
    (
        ("No spam", "Self-promotion", "Links"),
        (
            ("Links to your own business, channel or fundraiser are spam here, and spam is removed.",),
            ("Repeated links, chain messages and anything selling something will be deleted and the account blocked.",),
            (
                "You may link to a source that supports your point. Links to shops, petitions or personal blogs will be removed.",
            ),
        ),
    ),
    (
        ("Your data", "Privacy", "What we keep"),
        (
            (
                "We never publish your email address. Your details are held under our privacy notice and are not sold to anyone.",
            ),
            ("Your IP address is logged with every post and may be disclosed if the law requires it.",),
            ("We keep your name and email only to run your account; see the privacy notice for how long.",),
        ),
    ),
    (
        ("Moderation", "Why hasn't my post appeared?", "Delays"),
        (
            (
                "Every post is read by a moderator before it appears. Outside office hours this can take until the next working day.",
            ),
            ("Posts are checked by hand, so expect a delay at weekends and on bank holidays.",),
            ("Our team is small. Please do not post the same thing twice if yours has not appeared yet.",),
            ("Comments are moderated before publication, which can take several hours.",),
        ),
    ),
    (
        ("Closing your account", "Account deletion", "Leaving"),
        (
            (
                "You can delete your account at any time from your profile page. Your past posts may remain, shown without your name.",
            ),
            ("To close your account and remove your posts, email the web team from the address you registered with.",),
        ),
    ),
    (
        ("Advertising", "About the adverts", "Ads on this page"),
        (
            (
                "Adverts are placed by an outside network and are not endorsed by the paper. Report a misleading advert using the link beside it.",
            ),
            ("Sponsored content is always labelled. Editorial staff do not choose the adverts shown on this page.",),
        ),
    ),
    (
        ("Spotted a mistake?", "Corrections", "Errors in our reporting"),
        (
            ("If we have got something wrong, email the newsroom. Corrections are not made from posts on this page.",),
            ("To report an error in an article, write to the editor; we publish corrections in print and online.",),
            ("Tell the news desk, not the thread, if a fact, name or date in a story is wrong.",),
        ),
    ),
    (
        ("Report it", "Flag it", "See a problem?"),
        (
            ("Use the report button under any post you think breaks these rules. A moderator will look at it.",),
            ("If a post worries you, flag it rather than replying to it.",),
            ("Flag a comment that breaks these rules instead of replying to it.",),
        ),
    ),
    (
        ("One account each", "Use your real name", "Who you are"),
        (
            (
                "Post under your own name. Accounts pretending to be someone else, or a second account after a ban, will be closed.",
            ),
            ("One person, one account. Sock puppets will be removed along with everything they posted.",),
        ),
    ),
    (
        ("The moderators decide", "Final say", "Our decision"),
        (
            (
                "The editor's decision on what is published is final, and we do not discuss individual moderation decisions.",
            ),
            ("We may remove any post or suspend any account at our discretion, without giving a reason.",),
            ("We reserve the right to remove any comment or close any discussion without explanation.",),
        ),
    ),
)

POLICY_TITLES_26 = (
    "Discussion rules",
    "Posting guidelines",
    "Before you post",
    "House rules",
    "Community guidelines",
    "Rheolau trafod / Discussion rules",
    "Canllawiau / Guidelines",
    "Reader forum rules",
    "Rules of the thread",
    "Member discussion guidelines",
    "Commenting guidelines",
)
POLICY_INTROS_26 = (
    "Before you post, please read our house rules.",
    "We welcome your views on our stories, provided you follow a few simple rules.",
    "This is a space for members to discuss the news. To keep it useful, we ask everyone to follow these guidelines.",
    "Croeso. Welcome to the discussion; here is how it works.",
    "Posting here means you accept the following.",
    "We want comments to be a place for a good argument, not a shouting match.",
)
POLICY_CLOSINGS_26 = (
    "Read the full terms of use at the link below.",
    "Questions about these rules? Email moderators@ourpaper.co.uk.",
    "The full posting policy is on our Terms and Conditions page.",
    "For the complete rules, see our Terms of Service.",
    "Contact the web editor at web@newsdesk.org.gy with any concerns.",
    "By posting you agree to our full terms, available at the foot of every page.",
    "Thank you for helping to keep this forum civil.",
)
NUMBERS_26 = ("{}.", "{})", "({})", "{} \u2013", "{}:", "Rule {}:")
ROMAN_26 = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii")
BULLETS_26 = ("\u2022", "-", "*", "\u2014", "\u25cf", "\u2192", "\u203a", "\u00b7")
INLINE_26 = (": ", " - ", " \u2013 ", " \u2014 ")
AMERICAN_26 = {
    "criticise": "criticize",
    "behaviour": "behavior",
    "rumour": "rumor",
    "labelled": "labeled",
    "honour": "honor",
    "neighbour": "neighbor",
    "licence": "license",
    "offence": "offense",
    "programme": "program",
}


def _plain_26(text: str) -> bool:
    """Whether the text never says "comment" (a site that never does)."""
    return "comment" not in text.lower()


def _items_26(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-26 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", sentence)."""
    plain = rng.random() < 0.3  # the site never says "comment"
    table = [
        (
            [heading for heading in headings if not plain or _plain_26(heading)],
            [variant for variant in sentences if not plain or all(_plain_26(part) for part in variant)],
        )
        for headings, sentences in REWORDINGS_26
    ]
    table = [(headings, sentences) for headings, sentences in table if headings and sentences]
    count = rng.randint(2, 3) if rng.random() < 0.3 else rng.randint(4, 9)
    chosen = rng.sample(table, count)
    inline = rng.choice(INLINE_26) if rng.random() < 0.5 else ""  # heading and sentence on one line
    stop = rng.choice((".", ":", ""))  # what this site prints after a heading on its own line
    capitals = rng.random() < 0.25
    bare = rng.random() < 0.2  # the site prints its items without headings
    marker = rng.random()
    numbers = rng.choice(NUMBERS_26)
    roman = numbers in NUMBERS_26[:3] and rng.random() < 0.2  # i. ii. iii.
    bullet = rng.choice(BULLETS_26)
    items: list[tuple[str, ...]] = []
    for index, (headings, sentences) in enumerate(chosen, 1):
        heading = "" if bare or rng.random() < 0.15 else rng.choice(headings)
        if capitals:
            heading = heading.upper()
        parts = list(rng.choice(sentences))
        if heading and inline:
            parts[0] = heading + (" " if heading[-1] == "?" else inline) + parts[0]
            heading = ""
        elif heading and heading[-1] != "?":
            heading += stop
        if marker < 0.3:
            prefix = numbers.format(ROMAN_26[index - 1] if roman else index) + " "
        elif marker < 0.6:
            prefix = bullet + " "
        else:
            prefix = ""
        if heading:
            heading = prefix + heading
        else:
            parts[0] = prefix + parts[0]
        items.append((heading, *parts))
    extras = [line for line in POLICY_INTROS_26 if not plain or _plain_26(line)]
    if rng.random() < 0.25:
        items.insert(0, ("", rng.choice(extras)))
    extras = [line for line in POLICY_CLOSINGS_26 if not plain or _plain_26(line)]
    if rng.random() < 0.4:
        items.append(("", rng.choice(extras)))
    if rng.random() < 0.4:
        title = rng.choice([line for line in POLICY_TITLES_26 if not plain or _plain_26(line)])
        items.insert(0, (title.upper() if rng.random() < 0.3 else title, ""))
    if rng.random() < 0.4:
        items = [tuple(_american_with(AMERICAN_26, part) for part in item) for item in items]
    if rng.random() < 0.3:
        items = [tuple(_curly(part) for part in item) for item in items]
    return items


REWORDINGS_27 = (  # (headings, sentence variants)
    (
        ("Be civil", "Keep it friendly", "Respect each other"),
        (
            ("Treat other readers the way you would treat a neighbour at the village hall.",),
            ("Disagree with the argument, not the person making it.", "Name-calling will get your post removed."),
            ("We welcome strong opinions, but rudeness towards other readers will not be tolerated.",),
            ("Be kind. Most of the people reading this page live just down the road from you.",),
        ),
    ),
    (
        ("Stay on topic", "Keep to the subject", "Relevance"),
        (
            ("Posts should be about the story they appear under.",),
            ("Keep your comments to the subject of the article; general chat belongs in the forum.",),
            ("Threads that wander far from the story may be closed by the moderators without warning.",),
        ),
    ),
    (
        ("No personal attacks", "No harassment", "Leave people alone"),
        (
            ("Do not insult, threaten or single out any reader, reporter or person named in a story.",),
            ("Harassment of any kind, in public posts or private messages, will get you banned.",),
            (
                "Going after another member again and again is bullying.",
                "Accounts that do it are closed.",
            ),
        ),
    ),
    (
        ("Language", "Which language?", "Posting in other languages"),
        (
            ("Posts in English, Cornish or Manx are all welcome here.",),
            ("You may write in English or Spanish; our moderators read both.",),
            (
                "Please write in English so that every reader can follow the discussion.",
                "Short quotes in Faroese or Greenlandic are fine.",
            ),
            ("Write in English, Kazakh or Russian, and please add a short English summary if you can.",),
        ),
    ),
    (
        ("Rescues and callouts", "Incidents at sea", "Emergencies"),
        (
            (
                "Please do not speculate about casualties or name anyone involved in a rescue.",
                "Families are sometimes still waiting for news.",
            ),
            ("Do not post photos of accident scenes, patients or casualties, even if they were taken in public.",),
            ("Crew and firefighters are volunteers; criticism of a callout should go to the station officer.",),
        ),
    ),
    (
        ("Flying safely", "Drones and the law", "Airspace"),
        (
            ("Do not post footage shot over crowds, airfields or private land without the owner's permission.",),
            ("We will remove advice on flying outside the rules, however well meant.",),
            (
                "Links to firmware hacks that remove height or geofence limits are not allowed.",
                "Keep it legal, and keep it safe.",
            ),
        ),
    ),
    (
        ("Credit the painter", "Photos of your work", "Show and tell"),
        (
            ("If you share a photo of miniatures you did not paint yourself, name the painter.",),
            ("Post your own models and terrain only; pictures from other people's galleries need their consent.",),
            ("Mark leaked rules, unreleased kits and campaign spoilers clearly at the top of your post.",),
        ),
    ),
    (
        ("Tickets", "Buying and selling", "Swaps and sales"),
        (
            ("Festival tickets may only be resold at face value through the official exchange.",),
            ("This is not a marketplace: livestock, feed, hay and machinery belong in the classifieds.",),
            (
                "Do not offer or ask for tickets here.",
                "Touts and scammers target these pages every summer.",
            ),
        ),
    ),
    (
        ("Recordings", "Performers' rights", "Sharing sets"),
        (
            ("Please do not post recordings of whole sets without the band's permission.",),
            ("Short clips are fine; full concert uploads and bootlegs will be taken down.",),
        ),
    ),
    (
        ("Copyright", "Software and ROMs", "Downloads"),
        (
            (
                "No links to pirated software, ROM images or cracked disk images, even of machines long out of production.",
            ),
            (
                "Only post files you have the right to share, such as your own scans, manuals you wrote or public domain code.",
            ),
            ("Copyright still applies to old games and manuals. If in doubt, link to the owner's page instead.",),
        ),
    ),
    (
        ("Respect our clients", "Dignity", "Privacy of the people we help"),
        (
            ("Never name or describe anyone you have seen collecting food parcels.",),
            ("Everyone who uses the food bank deserves dignity; posts that shame or identify them are removed.",),
            (
                "Please do not share photos taken at the distribution centre.",
                "Our guests have not agreed to appear online.",
            ),
        ),
    ),
    (
        ("Hate speech", "No hatred", "Discrimination"),
        (
            ("Nothing that attacks people for their clan, tribe, island, ethnicity, religion or language.",),
            ("Posts that stir up hatred between communities, provinces or ethnic groups break the law and our rules.",),
            ("Racist, sexist and homophobic remarks are removed, and the accounts that post them are suspended.",),
            ("We do not allow content that promotes violence or hatred against any group or person.",),
        ),
    ),
    (
        ("Elections", "Campaigning", "Politics"),
        (
            ("Candidates and their agents must say who they are when they post about the election.",),
            ("During the campaign period we may close discussion on election stories to comply with the law.",),
            ("Paid political messages are not allowed in the discussion. Contact our sales team to advertise.",),
        ),
    ),
    (
        ("Spam", "No advertising", "Links"),
        (
            ("Adverts, sales pitches and repeated links to your own site will be deleted as spam.",),
            ("One relevant link per post is fine; more than that and our filter will hold it.",),
            ("Do not use this page to promote a business, a fundraiser or a product.",),
        ),
    ),
    (
        ("Your privacy", "Personal information", "Keep it private"),
        (
            ("Do not post phone numbers, addresses or email addresses, yours or anyone else's.",),
            (
                "We keep your email address private and never sell it.",
                "See our privacy notice for how we use your details.",
            ),
            ("Your display name is public; the email address you sign up with is only seen by the editors.",),
        ),
    ),
    (
        ("Moderation", "Why hasn't my post appeared?", "Waiting for approval"),
        (
            ("All posts are read by a volunteer before they appear, which can take up to a day.",),
            (
                "First posts are held for approval.",
                "Moderators work office hours, so evening posts may not appear until the morning.",
            ),
            ("Posts with links or certain words are held automatically until an editor has checked them.",),
        ),
    ),
    (
        ("Closing your account", "Deleting your account", "Leaving"),
        (
            ("You can delete your account at any time from your profile page.",),
            (
                "To close your account, write to us from the email address you registered with.",
                "Your past posts may remain, shown as from a former member.",
            ),
            ("Ask us to remove your account and we will erase your details within 30 days.",),
        ),
    ),
    (
        ("Corrections", "Spotted a mistake?", "Errors in our reporting"),
        (
            ("If we got a fact wrong, tell the newsroom directly so that we can fix the story.",),
            ("Report errors to the editor by email rather than in the thread; we correct mistakes promptly.",),
            ("Found an error in a story? Use the corrections form and the newsroom will look into it.",),
        ),
    ),
    (
        ("Report a problem", "Flagging posts", "See something wrong?"),
        (
            ("Use the flag link under any post that breaks these rules and a moderator will review it.",),
            ("Please report abuse rather than replying to it. Replies only make the thread worse.",),
        ),
    ),
    (
        ("Real names", "One account each", "Who you are"),
        (
            ("Post under your own full name, as you would in a letter to the editor.",),
            ("One account per person. Second accounts used to dodge a ban will be closed.",),
            ("Do not pretend to be someone else, including officials, club officers or other members.",),
        ),
    ),
    (
        ("Our decision is final", "Moderators", "The last word"),
        (
            ("The editors decide what is published, and we do not discuss individual moderation decisions.",),
            ("Moderators may remove any post or suspend any account at their discretion.",),
            (
                "We are a small volunteer team.",
                "Please accept our decisions and do not argue them out in public.",
            ),
        ),
    ),
    (
        ("Legal matters", "Court cases", "Defamation"),
        (
            ("Do not post anything about a case before the court that could prejudice a trial.",),
            ("You are legally responsible for what you write; defamatory posts will be removed and may be reported.",),
            ("Accusations of crime against a named person will not be published.",),
        ),
    ),
    (
        ("Weather and warnings", "Storms", "Official advice"),
        (
            ("In a storm or cyclone, follow the warnings of the meteorological office, not rumours posted here.",),
            ("Posts claiming a hurricane warning has been lifted must link to the official source.",),
        ),
    ),
)
POLICY_TITLES_27 = (
    "Discussion rules",
    "Posting guidelines",
    "Before you post",
    "Comment policy",
    "House rules",
    "Community standards",
    "Reader forum rules",
    "Guidelines for comments",
    "Ground rules",
    "Message board rules",
    "Before you join the conversation",
)
POLICY_INTROS_27 = (
    "Please read these rules before you post.",
    "We want this to be a friendly place for everyone, so a few simple rules apply.",
    "These guidelines apply to every story, gallery and forum thread on this site.",
    "By posting, you agree to the rules below.",
    "Our volunteers look after this page in their spare time; please help them by following these rules.",
    "Comments are welcome on most stories, as long as they follow these rules.",
)
POLICY_CLOSINGS_27 = (
    "Read the full terms of use at www.plainsgazette.com/terms.",
    "The complete rules are on our terms and conditions page.",
    "Questions about these rules? Write to moderators@islandradio.org.",
    "Full terms: www.folkfestnews.org/about/terms-of-use",
    "Our full privacy notice and terms of service are linked at the foot of every page.",
    "To complain about a post, email the editor at news@eastfjord.fo.",
    "See the full comment policy and terms of use for more.",
)
NUMBERS_27 = ("{}.", "{})", "({})", "{} -", "{}/", "No. {}")
LETTERS_27 = ("{}.", "{})", "({})")
BULLETS_27 = ("\u2022", "-", "*", "\u2013", "\u25a0", "\u25c6", "\u00bb", "o")
INLINE_27 = (": ", " - ", " \u2013 ", " \u2014 ")
AMERICAN_27 = {
    "neighbour": "neighbor",
    "rumour": "rumor",
    "behaviour": "behavior",
    "centre": "center",
    "colour": "color",
    "favour": "favor",
    "offence": "offense",
    "criticis": "criticiz",
    "organis": "organiz",
    "recognis": "recogniz",
}


def _plain_27(text: str) -> bool:
    return "comment" not in text.lower()


def _items_27(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-27 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", sentence)."""
    plain = rng.random() < 0.3  # the site never says "comment"
    kinds = [
        (headings, [variant for variant in sentences if not plain or all(_plain_27(s) for s in variant)])
        for headings, sentences in REWORDINGS_27
    ]
    kinds = [(headings, sentences) for headings, sentences in kinds if sentences]
    chosen = rng.sample(kinds, rng.randint(2, 3) if rng.random() < 0.3 else rng.randint(4, 9))
    inline = rng.choice(INLINE_27) if rng.random() < 0.5 else ""  # a heading before the sentence, same line
    stop = rng.choice((".", ":", "", ""))  # after a heading on its own line
    capitals = rng.random() < 0.25
    bare = rng.random() < 0.2
    marks, letters = rng.random(), rng.random() < 0.2
    if marks < 0.3:  # numbered (or lettered), bulleted, or neither
        mark = rng.choice(LETTERS_27 if letters else NUMBERS_27)
    elif marks < 0.6:
        mark = rng.choice(BULLETS_27)
    else:
        mark = ""
    items: list[tuple[str, ...]] = []
    for number, (headings, sentences) in enumerate(chosen, 1):
        heading = "" if bare or rng.random() < 0.15 else rng.choice(headings)
        if capitals:
            heading = heading.upper()
        parts = list(rng.choice(sentences))
        if heading and inline:
            parts[0] = heading + (" " if heading.endswith("?") else inline) + parts[0]
        elif heading:
            parts.insert(0, heading if heading.endswith("?") else heading + stop)
        else:
            parts.insert(0, "")
        if mark:
            label = mark.format("abcdefghij"[number - 1] if letters else number) if "{}" in mark else mark
            first = next(i for i, part in enumerate(parts) if part)
            parts[first] = f"{label} {parts[first]}"
        items.append(tuple(parts))
    if rng.random() < 0.25:
        items.insert(0, ("", rng.choice([line for line in POLICY_INTROS_27 if not plain or _plain_27(line)])))
    if rng.random() < 0.4:
        items.append(("", rng.choice([line for line in POLICY_CLOSINGS_27 if not plain or _plain_27(line)])))
    if rng.random() < 0.4:
        title = rng.choice([line for line in POLICY_TITLES_27 if not plain or _plain_27(line)])
        items.insert(0, (title.upper() if rng.random() < 0.3 else title, ""))
    if rng.random() < 0.5:
        items = [tuple(_american_with(AMERICAN_27, part) for part in item) for item in items]
    if rng.random() < 0.3:
        items = [tuple(_curly(part) for part in item) for item in items]
    return items


REWORDINGS_28 = (  # (headings, sentence variants)
    (
        ("Be courteous", "Mind your manners", "Respect others"),
        (
            (
                "Treat fellow readers as you would a neighbour at the village hall: disagree by all means, but politely.",
            ),
            ("Keep the tone civil. You can challenge an argument without belittling the person who made it.",),
            ("Please be kind to one another; many of the people reading this thread live just down the road.",),
        ),
    ),
    (
        ("Keep to the subject", "Stay on topic", "On topic, please"),
        (
            ("Posts should relate to the story above. Off-topic threads will be trimmed by the moderators.",),
            ("Discussion that wanders far from the article may be removed to keep the thread readable.",),
            ("Keep comments relevant to the article; general grievances belong in a letter to the editor.",),
        ),
    ),
    (
        ("No personal attacks", "Play the ball, not the player", "Insults"),
        (
            ("Name-calling, mockery and insults aimed at other users will be deleted without warning.",),
            (
                "Attack the ideas in a post, never the people behind them.",
                "Repeated abuse of other members will lead to a permanent ban.",
            ),
            ("Do not single out, taunt or harass other contributors, here or elsewhere on the site.",),
        ),
    ),
    (
        ("Hate has no place here", "No hate speech", "Discrimination"),
        (
            ("We remove posts that demean anyone for their caste, faith, tribe, race, sex, disability or sexuality.",),
            (
                "Slurs against any community, religion or ethnic group are not tolerated.",
                "Offenders will be reported where the law requires it.",
            ),
            ("Do not stir up hatred between tribes, regions or religious groups; such posts are removed and logged.",),
        ),
    ),
    (
        ("Patient confidentiality", "Protect patients' privacy", "Health records"),
        (
            (
                "Please do not name patients or staff, or describe anyone's treatment in a way that could identify them.",
            ),
            (
                "Never share details of another person's diagnosis or care.",
                "If you have a concern about your own treatment, contact the Patient Advice and Liaison Service.",
            ),
            ("For your own safety, avoid posting your hospital number, date of birth or ward details.",),
        ),
    ),
    (
        ("Not medical advice", "Health information", "Ask a professional"),
        (
            ("Nothing posted here replaces advice from your GP, pharmacist or specialist. In an emergency call 999.",),
            ("Readers' experiences are not medical advice, and we will remove posts promoting unproven cures.",),
            ("Please don't recommend medicines or dosages to other readers; speak to a qualified clinician instead.",),
        ),
    ),
    (
        ("Apiary locations", "Biosecurity", "Notifiable disease"),
        (
            ("Please don't give the exact location of members' hives or apiaries. Theft of colonies is on the rise.",),
            (
                "Suspected foulbrood or small hive beetle must be reported to the bee inspector, not discussed here first.",
            ),
            ("Do not post grid references for apiaries, swarm sites or queen-rearing yards.",),
        ),
    ),
    (
        ("Plot disputes", "Allotment matters", "Neighbouring plots"),
        (
            (
                "Disagreements about boundaries, bonfires or water troughs should go to the site secretary, not the forum.",
            ),
            ("Please don't name plot holders in complaints. Raise tenancy issues with the committee in writing.",),
        ),
    ),
    (
        ("Observing sites", "Dark-sky sites", "Meteor reports"),
        (
            (
                "Please don't publish the location of members' private observing sites without the landowner's permission.",
            ),
            (
                "When reporting a fireball or meteor, give the time in UT, your rough location and the direction of travel.",
            ),
            ("Posts about sightings should stick to what you observed; UFO speculation threads will be closed.",),
        ),
    ),
    (
        ("Sportsmanship", "No toxicity", "GG only"),
        (
            ("Trash talk about rival teams is part of the game. Abuse of players, casters or their families is not.",),
            (
                "Accusations of cheating, boosting or match-fixing need evidence.",
                "Send it to the admins rather than posting it in the thread.",
            ),
            ("Don't spam emotes, copypasta or team chants; it drowns out everyone else.",),
        ),
    ),
    (
        ("No spoilers", "Answers", "Hold the solutions"),
        (
            ("Please don't post answers to today's puzzle before the solution is published at midnight.",),
            ("If you must discuss a clue, hide the answer in a spoiler tag and give the clue number first.",),
            ("Give other solvers a chance: no full grids, no answer lists, and no hints in the first hour.",),
        ),
    ),
    (
        ("Report crime to the police", "Suspicious activity", "Emergencies"),
        (
            ("This page is not monitored around the clock. If a crime is in progress, call 911 immediately.",),
            (
                "Do not post names, photographs or addresses of people you suspect of a crime.",
                "Pass information to the police or Crimestoppers.",
            ),
            (
                "Report suspicious vehicles or callers to the non-emergency number, then share a general alert here if you wish.",
            ),
        ),
    ),
    (
        ("No vigilantism", "Let the police do their job", "Naming and shaming"),
        (
            ("Calls to confront, follow or punish anyone will be removed and may be passed to officers.",),
            ("We will not publish posts that encourage residents to take the law into their own hands.",),
        ),
    ),
    (
        ("Fishing regulations", "On the water", "Closures and seasons"),
        (
            (
                "Check season openings and closures with state wildlife officials; posts about them here are not official.",
            ),
            ("Don't post the GPS marks of other captains' spots, and keep disputes over nets and lines off the page.",),
        ),
    ),
    (
        ("Storm warnings", "Severe weather", "Official warnings"),
        (
            (
                "During a hurricane or tropical storm, follow the National Weather Service and your parish emergency office.",
            ),
            (
                "Rumours spread fast in bad weather.",
                "Please share only warnings from official sources, and include a link to them.",
            ),
        ),
    ),
    (
        ("Respect places of worship", "Faith and respect", "Religious discussion"),
        (
            (
                "Discuss gurdwara, temple and community affairs respectfully, and avoid mocking anyone's beliefs or practices.",
            ),
            ("Preaching, conversion appeals and attacks on other faiths will be removed.",),
            ("Please refer to religious figures, texts and sites with the respect you would wish for your own.",),
        ),
    ),
    (
        ("Language", "English please", "Which language?"),
        (
            (
                "Please write in English so that all readers and our moderators can follow. Short greetings in Setswana are fine.",
            ),
            ("Posts in English, French, German or Catalan are welcome; we remove those our team cannot read.",),
            ("Write in English or Chichewa. Avoid all capitals, which reads as shouting.",),
        ),
    ),
    (
        ("Elections", "Political campaigning", "Party politics"),
        (
            ("During the election period we do not publish posts that campaign for a party or candidate.",),
            ("Candidates and their agents must declare their interest when they take part in a discussion.",),
        ),
    ),
    (
        ("The law", "Defamation and contempt", "Legal matters"),
        (
            ("You are responsible for what you post. Do not accuse named people of crimes or misconduct.",),
            (
                "Once someone is charged, say nothing that could prejudice a trial.",
                "We will remove posts that break contempt or defamation law.",
            ),
        ),
    ),
    (
        ("No advertising", "Spam", "Selling"),
        (
            (
                "Posts promoting businesses, products, raffles or streaming channels will be removed unless agreed with us.",
            ),
            ("Links to shops, betting sites or skin-trading sites count as spam and will be deleted.",),
            ("Selling honey, nucs or equipment? Use the classifieds page, not the discussion board.",),
        ),
    ),
    (
        ("Your data", "Privacy", "How we use your details"),
        (
            (
                "We store your email address and display name only to run your account. See our privacy notice for details.",
            ),
            ("Your IP address is logged with each post and may be shared with police if the law requires it.",),
            ("We never sell readers' personal data. Read the privacy policy for how long we keep it.",),
        ),
    ),
    (
        ("Moderation", "Why hasn't my post appeared?", "Delays"),
        (
            ("All posts are checked by a moderator before they appear, which can take up to 24 hours at weekends.",),
            ("First posts from new accounts are held for review. Please don't submit the same message twice.",),
            (
                "Our volunteers moderate in their spare time, so please allow a day or two for your post to be approved.",
            ),
        ),
    ),
    (
        ("Closing your account", "Deleting your account", "Leaving"),
        (
            ("You can delete your account at any time from your profile page; your past posts will be anonymised.",),
            ("To close your account and remove your posts, email us from the address you registered with.",),
        ),
    ),
    (
        ("Spotted a mistake?", "Corrections", "Errors"),
        (
            ("If you think we have got something wrong, please tell the newsroom directly rather than posting below.",),
            ("Factual errors in our articles should be reported to the editor, who will correct them promptly.",),
            ("Corrections to a story are handled by our news desk. Use the Contact Us page.",),
        ),
    ),
    (
        ("Reporting a post", "Flag it", "See something wrong?"),
        (
            ("Use the report button beside any post that breaks these rules. Please don't reply to it.",),
            ("Flag offensive posts for the moderators rather than arguing in the thread.",),
            ("If a post worries you, report it and we will review it, usually within a few hours.",),
        ),
    ),
    (
        ("One account each", "Real names", "Who you are"),
        (
            ("Each member may hold one account. Duplicate or impersonating accounts will be closed.",),
            ("We encourage you to post under your own name. Pretending to be someone else gets you banned.",),
        ),
    ),
    (
        ("Final say", "Our decision is final", "Moderators' discretion"),
        (
            ("The moderators may edit, hold or remove any post, and their decision is final.",),
            ("We reserve the right to close any thread and suspend any account without notice.",),
            ("Moderators act at their discretion. Arguments about moderation in public threads will be removed.",),
        ),
    ),
)

POLICY_TITLES_28 = (
    "Community Guidelines",
    "Posting guidelines",
    "Discussion rules",
    "Before you post",
    "House Rules",
    "Comment policy",
    "Rules for readers' comments",
    "Forum etiquette",
    "Join the discussion - the ground rules",
    "Talkback guidelines",
)
POLICY_INTROS_28 = (
    "We welcome your views. To keep this space useful for everyone, please follow a few simple rules.",
    "Please read these guidelines before you take part.",
    "Comments are a privilege, not a right. By posting you agree to the following.",
    "This is a community space. Here is what we ask of everyone who uses it.",
)
POLICY_CLOSINGS_28 = (
    "Read the full terms of use at the link at the foot of this page.",
    "Questions about moderation? Email moderators@ourpaper.news.",
    "Full community guidelines: /about/community-guidelines",
    "By posting you agree to our Terms and Conditions and Privacy Policy.",
    "Contact the web desk at webdesk@ourpaper.news with any concerns about a comment.",
    "See our full house rules and terms of service for more detail.",
)
NUMBERS_28 = ("{}.", "{})", "({})", "#{}", "[{}]", "Rule {} -", "{} \u2014", "{}:")
LETTERS_28 = ("{}.", "({})", "{})")
BULLETS_28 = ("\u2022", "-", "*", "\u25aa", "\u25ba", "\u2713", "\u2666", "\u2013")
SEPARATORS_28 = (": ", " - ", " \u2013 ", " \u2014 ", " -- ", ". ")
AMERICAN_28 = {
    "neighbour": "neighbor",
    "rumour": "rumor",
    "anonymised": "anonymized",
    "capitals": "capital letters",
    "practise": "practice",
    "behaviour": "behavior",
    "offence": "offense",
    "favour": "favor",
}


def _says_comment(*parts: str) -> bool:
    return any("comment" in part.lower() for part in parts)


def _items_28(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-28 policy: (heading + sentence, ...) per item, a title as (title, ""), other lines as ("", line)."""
    silent = rng.random() < 0.3  # a site that never says "comment"
    pool = []
    for headings, sentences in REWORDINGS_28:
        variants = [one for one in sentences if not (silent and _says_comment(*one))]
        if variants:
            pool.append(([one for one in headings if not (silent and _says_comment(one))], variants))
    chosen = rng.sample(pool, rng.randint(2, 3) if rng.random() < 0.3 else rng.randint(4, 9))
    inline = rng.random() < 0.5  # the heading before the sentence on the same line
    separator = rng.choice(SEPARATORS_28)
    stop = rng.choice((".", ":", "", ""))  # after a heading on its own line
    capitals = rng.random() < 0.25
    bare = rng.random() < 0.2
    marks = rng.random()
    if marks < 0.3:
        if rng.random() < 0.2:  # lettered items
            form = rng.choice(LETTERS_28)
            markers = [form.format("abcdefghi"[n]) for n in range(len(chosen))]
        else:
            form = rng.choice(NUMBERS_28)
            markers = [form.format(n + 1) for n in range(len(chosen))]
    elif marks < 0.6:
        markers = [rng.choice(BULLETS_28)] * len(chosen)
    else:
        markers = [""] * len(chosen)
    items: list[tuple[str, ...]] = []
    for (headings, sentences), marker in zip(chosen, markers, strict=True):
        heading = "" if bare or not headings or rng.random() < 0.15 else rng.choice(headings)
        if heading and capitals:
            heading = heading.upper()
        parts = list(rng.choice(sentences))
        if heading and inline:
            parts[0] = heading + (" " if heading.endswith("?") else separator) + parts[0]
        elif heading:
            parts.insert(0, heading + ("" if heading.endswith("?") else stop))
        if marker:
            parts[0] = f"{marker} {parts[0]}"
        items.append(tuple(parts) if heading and not inline else ("", *parts))
    if rng.random() < 0.25:
        intros = [one for one in POLICY_INTROS_28 if not (silent and _says_comment(one))]
        items.insert(0, ("", rng.choice(intros)))
    if rng.random() < 0.4:
        closings = [one for one in POLICY_CLOSINGS_28 if not (silent and _says_comment(one))]
        items.append(("", rng.choice(closings)))
    if rng.random() < 0.4:
        titles = [one for one in POLICY_TITLES_28 if not (silent and _says_comment(one))]
        title = rng.choice(titles)
        items.insert(0, (title.upper() if rng.random() < 0.3 else title, ""))
    if rng.random() < 0.5:
        items = [tuple(_american_with(AMERICAN_28, part) for part in item) for item in items]
    if rng.random() < 0.3:
        items = [tuple(_curly(part) for part in item) for item in items]
    return items


REWORDINGS_29 = (  # (headings, sentence variants)
    (
        ("Be civil", "Keep it courteous", "Mind your manners", "Respect one another"),
        (
            ("Disagree with ideas as much as you like, but treat people as you would across a kitchen table.",),
            ("Robust debate is welcome here; rudeness, sneering and name-calling are not.",),
            (
                "Write as if the person you are answering were standing in front of you.",
                "Most of our readers are neighbours, after all.",
            ),
            ("Please keep the tone friendly, even when the subject is not.",),
        ),
    ),
    (
        ("Stay on topic", "Keep to the story", "Relevance", "Stick to the subject"),
        (
            ("Posts should relate to the article above; general grievances belong in a letter to the editor.",),
            ("Off-topic threads will be trimmed so that the discussion stays useful for everyone.",),
            (
                "If you want to raise something unrelated, use the contact form.",
                "Please don't hijack someone else's thread.",
            ),
        ),
    ),
    (
        ("No personal attacks", "No harassment", "Play the ball, not the player"),
        (
            ("Insults, threats and attempts to intimidate other users will be removed and may lead to a ban.",),
            (
                "Do not follow other readers from story to story to pick fights.",
                "Persistent harassment gets an account closed.",
            ),
            ("Criticise arguments, not the people making them.",),
        ),
    ),
    (
        ("Language", "Which language?", "English, please"),
        (
            (
                "This is an English-language site, so please post in English; a phrase in Catalan, Basque or Breton "
                "is fine if you translate it.",
            ),
            ("Posts in Maltese or Italian are welcome provided you add a short English summary for other readers.",),
            ("Write in English so that our moderators can read what you post.", "Posts we cannot read are held back."),
            (
                "We publish in English, but our readers speak many languages; please add a translation to anything "
                "that is not in English.",
            ),
        ),
    ),
    (
        ("No tribalism", "Unity, not division", "Tribe, region and religion"),
        (
            (
                "Posts that attack any tribe, region or religion, or stir up anglophone and francophone hatred, "
                "will be deleted without warning.",
            ),
            ("Do not use ethnic slurs or blame whole communities for the actions of individuals.",),
            (
                "Our country has seen what hate speech can lead to.",
                "Anything that incites violence against a group will be reported to the authorities.",
            ),
            ("Discuss politics freely, but leave tribe and region out of it.",),
        ),
    ),
    (
        ("Election season", "Campaigning", "Candidates and ballots"),
        (
            ("During school board elections, candidates and their campaigns may not use this page to solicit votes.",),
            (
                "Posts about union elections must stick to the record; unproven claims about a candidate's conduct "
                "will not be published.",
            ),
            ("We do not accept paid political messages dressed up as reader posts.",),
            ("Candidates who join the discussion should say who they are.",),
        ),
    ),
    (
        ("Protect our students", "Children's privacy", "Kids and names"),
        (
            (
                "Never name, describe or post photos of students, even your own children, in a discussion of school matters.",
            ),
            (
                "Concerns about an individual teacher or pupil should go to the principal or the district office, "
                "not to a public thread.",
            ),
            ("Our PTA pages are read by families and children.", "Keep every post suitable for them."),
        ),
    ),
    (
        ("Judges' decisions", "Field-trial results", "Respect the judges"),
        (
            ("Disputes about placings or judging go to the club secretary in writing, not onto this board.",),
            ("Congratulate the winners and respect the judges' calls; sour grapes will be removed.",),
            (
                "Results are provisional until the field-trial committee confirms them.",
                "Please don't post rumours about withdrawn awards.",
            ),
        ),
    ),
    (
        ("Puppies and sales", "No litter advertising", "Buying and selling dogs"),
        (
            (
                "Litters, stud services and trained gundogs for sale belong in the classifieds, not in replies to news items.",
            ),
            ("We do not allow posts offering dogs for sale or rehoming; contact a breed rescue instead.",),
        ),
    ),
    (
        ("Water safety", "Conditions reports", "Safety first"),
        (
            (
                "Never encourage anyone to swim or row in conditions beyond their ability; check the harbour "
                "master's notices before going out.",
            ),
            (
                "Reports of water temperature and currents are welcome, but they are no substitute for official "
                "tide and weather forecasts.",
            ),
            ("Do not post about swims or crossings in closed waters.", "It encourages others to take the same risk."),
        ),
    ),
    (
        ("Injured wildlife", "Found an animal?", "Wildlife locations"),
        (
            (
                "If you find an injured or orphaned animal, call our hotline rather than posting here; replies can "
                "come too late.",
            ),
            ("Do not share the exact locations of nests, dens, seal pups or released animals.",),
            ("Please don't offer advice on feeding or handling wild animals.", "Even well-meant tips can kill them."),
        ),
    ),
    (
        ("Spoilers", "Spoiler warning", "Bug reports"),
        (
            ("Mark story spoilers clearly and keep them out of the first line of your post.",),
            ("Bug reports are far more useful on our issue tracker, where the team can follow them up.",),
            ("Please hide endings and secret areas behind a spoiler tag for at least a month after release.",),
        ),
    ),
    (
        ("No piracy", "Keys and cracks", "Piracy"),
        (
            (
                "Links to cracked builds, grey-market key resellers or ripped assets will be removed and the account banned.",
            ),
            ("Don't ask for free keys in the discussion; giveaways are announced in our newsletter.",),
        ),
    ),
    (
        ("Crew and staff", "Respect the crews", "Transit workers"),
        (
            ("Do not name, photograph or post videos of individual deckhands, drivers or ticket staff.",),
            (
                "Complaints about a crossing or a driver go to the operator's customer line, where they can be "
                "investigated.",
            ),
            ("Crews work long shifts in bad weather.", "Criticise the service, not the person at the ramp."),
        ),
    ),
    (
        ("Service alerts", "Delays and cancellations", "Check official updates"),
        (
            (
                "Reader posts about delays are not official notices; check the operator's app or website before you travel.",
            ),
            ("We cannot confirm sailing times, cancellations or replacement buses through this page.",),
        ),
    ),
    (
        ("Respect for elders", "Cultural knowledge", "Aloha and respect"),
        (
            (
                "Speak of elders, ancestors and those who have passed with respect, as you would at a community gathering.",
            ),
            (
                "Traditional knowledge, chants and clan stories belong to their families; do not post them without "
                "permission.",
            ),
            ("Sacred sites and subsistence camps should not be pinpointed on maps or in photos.",),
        ),
    ),
    (
        ("Emergencies", "In an emergency", "Typhoon warnings"),
        (
            (
                "This page is not monitored around the clock; in an emergency, call the police or the weather service office.",
            ),
            (
                "Typhoon and king-tide warnings come from the weather service, not from readers.",
                "Please share only the official bulletins, with a link.",
            ),
        ),
    ),
    (
        ("Workplace matters", "Union business", "Grievances"),
        (
            (
                "Do not post confidential contract proposals, grievance details or the names of members facing discipline.",
            ),
            ("While negotiations are going on, rumours about a strike vote will be held until they can be checked.",),
        ),
    ),
    (
        ("No money requests", "Scams", "Fundraising"),
        (
            ("Requests for money, mobile-money numbers or bank details are not allowed and will be deleted.",),
            ("Beware of anyone who contacts you privately after reading your post and asks for payment.",),
            ("Fundraising appeals must be cleared with the editor first.",),
        ),
    ),
    (
        ("No spam", "Links", "Self-promotion"),
        (
            ("Repeated posts, chain messages and links to commercial sites will be removed.",),
            ("Links are fine if they support your point; shortened links and affiliate codes are not.",),
            ("Promoting your own business, channel or game in the comments is not allowed.",),
        ),
    ),
    (
        ("Your privacy", "Your data", "Privacy"),
        (
            (
                "We store your email and IP address with each post to fight abuse; we never publish them or sell "
                "them on.",
            ),
            ("Your display name and what you write are public and may appear in search engines.",),
        ),
    ),
    (
        ("Moderation", "Why isn't my post showing?", "Pre-moderation"),
        (
            ("Every post is read by a volunteer before it appears, which can take up to 48 hours at weekends.",),
            (
                "A first post from a new account waits for a moderator's approval.",
                "Please do not send the same post twice.",
            ),
            ("Our newsroom is small; on public holidays it may be a day or more before your reply goes live.",),
        ),
    ),
    (
        ("Deleting your account", "Closing your account", "Leaving us"),
        (
            (
                "To close your account, email the web desk from the address you registered with; your posts will "
                "be anonymised within 30 days.",
            ),
            ("You can delete your profile at any time from the account settings page.",),
        ),
    ),
    (
        ("Advertising", "Adverts on this page", "Sponsored content"),
        (
            (
                "Adverts shown beside the discussion are chosen by an outside network and are not endorsed by the paper.",
            ),
            ("Sponsored articles are always labelled; the newsroom has no say over the adverts around them.",),
        ),
    ),
    (
        ("Spotted an error?", "Corrections", "Report a mistake"),
        (
            (
                "If a story gets a fact wrong, email the newsroom rather than posting it here, so we can correct it quickly.",
            ),
            (
                "Factual errors in our reporting should be sent to the editor, with a link to the story and what needs fixing.",
            ),
        ),
    ),
    (
        ("Report abuse", "Flagging", "See something wrong?"),
        (
            ("Use the Report link under any post that breaks these rules and a moderator will review it.",),
            ("Flag it, don't feed it: replying to abuse only spreads it further.",),
        ),
    ),
    (
        ("Real names", "One account each", "Who you are"),
        (
            ("Post under your real first and last name; anonymous or joke names will not be approved.",),
            (
                "Only one account per reader, please.",
                "Sock-puppet accounts will be removed along with everything they posted.",
            ),
        ),
    ),
    (
        ("Final say", "Our decision", "Editorial discretion"),
        (
            ("The editors decide what is published and may remove any post without giving a reason.",),
            ("We reserve the right to close a discussion at any time.",),
        ),
    ),
    (
        ("Legal", "Defamation", "Court cases"),
        (
            ("Don't accuse named people of crimes; you are legally responsible for what you post.",),
            (
                "Do not discuss the guilt of people facing trial; it can prejudice the case and put us in contempt of court.",
            ),
        ),
    ),
)
POLICY_TITLES_29 = (
    "Discussion rules",
    "Posting guidelines",
    "Before you post",
    "Community guidelines",
    "House rules",
    "Comment policy",
    "Guidelines for comments",
    "Our forum rules",
    "Talk-back guidelines",
    "Rules of the conversation",
)
POLICY_INTROS_29 = (
    "Please read these rules before joining the conversation.",
    "We want this to be a place for reasonable discussion, so there are a few ground rules.",
    "Comments are moderated, and by posting you agree to the following.",
    "Our forum is open to every member of the community on these conditions.",
)
POLICY_CLOSINGS_29 = (
    "The complete terms of use are linked at the bottom of every page.",
    "The full community guidelines are at /about/community-guidelines.",
    "Questions about moderation? Email the web editor at web@newsroom.example.",
    "By posting you agree to our Terms of Service and Privacy Policy.",
    "Full terms: www.ourpaper.example/terms",
    "Write to the moderators at moderation@ourpaper.example if you think we got it wrong.",
)
NUMBERS_29 = ("{}.", "{})", "({})", "{:02d}.", "{}.)", "Rule #{}:", "{} \u00b7")
LETTERS_29 = ("A.", "A)", "(A)")
BULLETS_29 = ("\u2022", "-", "*", "\u2714", "\u27a4", ">", "~", "\u25b6", "\u2023")
JOINERS_29 = (": ", ": ", " - ", " \u2013 ", " \u2014 ", ". ")
AMERICAN_29 = {
    "neighbour": "neighbor",
    "criticise": "criticize",
    "anonymised": "anonymized",
    "labelled": "labeled",
    "harbour": "harbor",
    "placings": "placements",
    "rumours": "rumors",
    "grey-market": "gray-market",
}


def _items_29(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-29 policy, as ``_items_6``'s: each site's own way of printing its headings, items and title."""
    plain = rng.random() < 0.3  # a site whose policy never says "comment"

    def fits(text: str) -> bool:
        return not plain or "comment" not in text.lower()

    kinds = [
        ([heading for heading in headings if fits(heading)], [one for one in sentences if fits(" ".join(one))])
        for headings, sentences in REWORDINGS_29
    ]
    kinds = [(headings, sentences) for headings, sentences in kinds if sentences]
    chosen = rng.sample(kinds, rng.randint(2, 3) if rng.random() < 0.3 else rng.randint(4, 9))
    inline = rng.random() < 0.5  # the heading before the sentence on the same line
    joiner = rng.choice(JOINERS_29)
    stop = rng.choice((".", ":", "", ""))  # after a heading on its own line
    caps = rng.random() < 0.25
    headless = rng.random() < 0.2
    marker = rng.choices(("", "number", "bullet"), (0.4, 0.3, 0.3))[0]
    number = rng.choice(NUMBERS_29)
    letter = rng.choice(LETTERS_29) if rng.random() < 0.2 else ""
    bullet = rng.choice(BULLETS_29)
    items: list[tuple[str, ...]] = []
    for count, (headings, sentences) in enumerate(chosen, 1):
        heading = "" if headless or not headings or rng.random() < 0.15 else rng.choice(headings)
        heading = heading.upper() if caps else heading
        parts = list(rng.choice(sentences))
        if heading and heading.endswith("?"):
            if inline:
                parts[0] = f"{heading} {parts[0]}"
            else:
                parts.insert(0, heading)
        elif heading and inline:
            parts[0] = f"{heading}{joiner}{parts[0]}"
        elif heading:
            parts.insert(0, heading + stop)
        if marker == "number":
            mark = letter.replace("A", chr(ord("A") + count - 1)) if letter else number.format(count)
            parts[0] = f"{mark} {parts[0]}"
        elif marker == "bullet":
            parts[0] = f"{bullet} {parts[0]}"
        items.append(tuple(parts))
    if rng.random() < 0.25:
        items.insert(0, ("", rng.choice([line for line in POLICY_INTROS_29 if fits(line)] or [""])))
    if rng.random() < 0.4:
        items.append(("", rng.choice([line for line in POLICY_CLOSINGS_29 if fits(line)])))
    if rng.random() < 0.4:
        title = rng.choice([line for line in POLICY_TITLES_29 if fits(line)])
        items.insert(0, (title.upper() if rng.random() < 0.3 else title, ""))
    if rng.random() < 0.5:
        items = [tuple(_american_with(AMERICAN_29, part) for part in item) for item in items]
    if rng.random() < 0.3:
        items = [tuple(_curly(part) for part in item) for item in items]
    return items


REWORDINGS_30 = (  # (headings, sentence variants): each variant one sentence or two
    (
        ("Be civil", "Mind your manners", "Respect one another", "Treat others as neighbours"),
        (
            ("Disagree with the argument, never with the person making it.",),
            ("Write as you would speak at a meeting in the parish hall, with your name on the list of speakers.",),
            ("Courtesy costs nothing. Posts that sneer at, mock or belittle other readers will be taken down.",),
            ("Robust debate is welcome in our comments, but rudeness is not, whoever it is aimed at.",),
        ),
    ),
    (
        ("Stay on topic", "Keep to the subject", "One story, one conversation"),
        (
            ("Keep your remarks to the story above; posts about something else will be removed.",),
            ("To raise something new, write a letter to the editor instead of taking over this thread.",),
            ("Please stick to the subject of the article. Off-topic arguments drown out everyone else.",),
            ("Comments that wander away from the story will be deleted, however interesting they are.",),
        ),
    ),
    (
        ("No personal attacks", "Play the ball, not the player", "No name-calling"),
        (
            (
                "Insults, threats and name-calling aimed at readers, our reporters or the people in our stories are not allowed.",
            ),
            ("Attack ideas if you must, but never the people who hold them.",),
            ("Posts that threaten or harass anyone will be removed and the account suspended without warning.",),
        ),
    ),
    (
        ("No hate speech", "No divisionism", "Respect every community", "No tribalism"),
        (
            ("We remove anything that stirs up hatred against a tribe, clan, region, faith or nationality.",),
            (
                "Content that denies or minimises the Genocide against the Tutsi, or promotes ethnic division, "
                "breaks the law and will be reported.",
            ),
            ("Sectarian and ethnic slurs have no place here, whichever side of the island they come from.",),
            (
                "Do not blame whole communities for the actions of a few.",
                "Generalisations about ethnic groups will be deleted.",
            ),
        ),
    ),
    (
        ("Language", "Which language?", "Post in English"),
        (
            ("Write in English so our moderators can read you; a phrase in Faroese, Frisian or Galician is fine.",),
            (
                "We moderate in English and Greek only.",
                "Comments in other languages may wait longer or not appear at all.",
            ),
            ("Please write in English, and translate any Chichewa, Luganda or Kinyarwanda words for other readers.",),
        ),
    ),
    (
        ("Respect for elders and the church", "Fa'aaloalo", "Respect our institutions"),
        (
            (
                "Criticise decisions by all means, but do not mock chiefs, elders, ministers or the churches of our villages.",
            ),
            (
                "Discussion of the royal family, nobles and church leaders must stay respectful.",
                "Posts that mock them will not be published.",
            ),
        ),
    ),
    (
        ("Accidents and tragedies", "Be kind in hard times", "When someone dies"),
        (
            ("Do not name anyone hurt or killed in a mine or farm accident before the family has been told.",),
            ("Condolences are welcome. Speculation about the cause of an accident, or blame, is not.",),
            ("These pages are read by grieving families. Please think before you write about the dead.",),
        ),
    ),
    (
        ("Markets and prices", "Not financial advice", "Bids and prices"),
        (
            ("Cash bids and basis posted here are for information only; call the elevator before you haul.",),
            ("Talk about markets all you like, but nothing a reader posts is advice to buy, sell or store grain.",),
            ("Do not pass off rumours about an elevator's finances or a co-op's solvency as fact.",),
        ),
    ),
    (
        ("No selling", "Advertising", "Classifieds go elsewhere", "For sale posts"),
        (
            ("Locomotives, kits, miniatures and puppies are not sold in this thread. Use the classifieds.",),
            (
                "Posts that promote a business, a product or a paid service will be removed.",
                "Please contact our advertising team instead.",
            ),
            ("Members may mention a club sale or swap meet once; repeated advertising will be deleted.",),
        ),
    ),
    (
        ("Photos and copyright", "Credit your sources", "Images"),
        (
            ("Only share photographs you took yourself, and say where and when they were taken.",),
            (
                "Do not paste whole articles, rulebooks or scanned magazine pages. Link to them and quote a line or two.",
            ),
            ("Astrophotos and layout pictures belong to the people who made them; ask before reposting.",),
        ),
    ),
    (
        ("No piracy", "Respect creators", "No pirated files"),
        (
            ("Links to pirated rulebooks, army lists or STL files will be removed and the poster banned.",),
            (
                "Support the designers whose games you enjoy.",
                "Requests for free copies of paid files are not allowed.",
            ),
        ),
    ),
    (
        ("Spoilers", "Mark your spoilers", "Edition wars"),
        (
            (
                "If you discuss the end of a campaign or an unreleased codex, warn readers at the start of your comment.",
            ),
            (
                "Arguments about which edition was better have been had many times.",
                "Please take those arguments somewhere else.",
            ),
        ),
    ),
    (
        ("Sightings", "Reporting a sighting", "Keep it factual"),
        (
            ("Report a fireball or odd light with the time, direction and place you saw it from.",),
            ("Claims of alien craft, doomsday asteroids and similar hoaxes will be deleted without discussion.",),
            ("Please do not give the location of private dark-sky sites without the landowner's permission.",),
        ),
    ),
    (
        ("Swarms", "Swarm reports", "Bee health"),
        (
            (
                "A swarm in your garden? Ring the swarm line rather than posting here, so a collector can reach it quickly.",
            ),
            (
                "Suspected foulbrood must be reported to the bee inspector, not discussed here with your hive's details.",
            ),
        ),
    ),
    (
        ("Adoption enquiries", "About our animals", "Lost and found pets"),
        (
            ("Questions about a particular dog or cat go through the adoption application, not this page.",),
            (
                "Please do not post your home address with a lost or found pet.",
                "Send it to the shelter and we will share it.",
            ),
            ("No breed-bashing. Every animal here is judged on its own temperament, not on how it looks.",),
        ),
    ),
    (
        ("Security", "Safety and security", "Operational matters"),
        (
            ("Do not post details of security checks, restricted areas, vessel movements or staff rotas.",),
            ("For flight times and delays, check with your airline; we cannot answer travel questions here.",),
            (
                "Noise complaints go to the noise line, where they are logged and answered, rather than into this thread.",
            ),
        ),
    ),
    (
        ("Class notes", "Remembering classmates", "Alumni news"),
        (
            ("News of a classmate's death should go to the alumni office, which confirms it with the family first.",),
            ("Share news of weddings, jobs and reunions here. Appeals for outside causes are not allowed.",),
        ),
    ),
    (
        ("Elections", "Politics", "Election period"),
        (
            (
                "During the campaign, posts that urge violence or intimidate voters will be removed "
                "and may be passed to the electoral commission.",
            ),
            ("Support any candidate you like, but do not post unverified results or claims of rigging as fact.",),
            ("Party slogans pasted again and again are spam, whoever they support.",),
        ),
    ),
    (
        ("Legal matters", "Court cases", "Defamation"),
        (
            ("Do not name anyone who has not been charged, or guess at a defendant's guilt while a case is in court.",),
            ("You are legally responsible for what you write. Allegations you cannot prove may be defamatory.",),
        ),
    ),
    (
        ("Your privacy", "Your data", "Personal information"),
        (
            ("We never publish your email address. How we store and use it is set out in our privacy notice.",),
            ("Do not post phone numbers, addresses or other private details, yours or anyone else's.",),
            ("Your IP address is logged with each comment and is shared only if the law requires it.",),
        ),
    ),
    (
        ("Moderation", "Why hasn't my post appeared?", "Delays"),
        (
            ("Every post is read before it goes live, so it may take a few hours to appear, longer at weekends.",),
            ("Our moderators are volunteers. Please be patient and do not post the same message twice.",),
            ("First posts from new accounts are held for approval.",),
            ("Comments are checked by hand before they are published, usually within a working day.",),
        ),
    ),
    (
        ("Closing your account", "Deleting your account", "Leaving"),
        (
            (
                "To close your account and remove your profile, email the web desk from the address you registered with.",
            ),
            ("Deleting your account removes your profile, but posts quoted by others may remain.",),
        ),
    ),
    (
        ("Corrections", "Spotted a mistake?", "Report an error"),
        (
            (
                "Send errors in the story itself to the newsroom rather than leaving them in the thread, so we can fix them.",
            ),
            ("If we got a fact wrong, tell the editor directly. Corrections are printed at the foot of the article.",),
        ),
    ),
    (
        ("Report abuse", "Flag it", "Seen something wrong?"),
        (
            ('Use the "Report" link beside any post that breaks these rules; a moderator will look at it.',),
            ("Do not reply to trolls. Flag the comment and let us deal with it.",),
        ),
    ),
    (
        ("Real names", "One person, one account", "Who you are"),
        (
            ("Post under your own name. Anonymous and duplicate accounts will be closed.",),
            ("Members of the society post under the name on their membership card.",),
            ("Pretending to be someone else, including staff or public officials, will get you banned.",),
        ),
    ),
    (
        ("Our decision is final", "Moderators' discretion", "The final word"),
        (
            ("We may remove any post, or close any thread, at our discretion and without explanation.",),
            (
                "The editor's decision on what is published is final.",
                "Repeated breaches will lead to a permanent ban.",
            ),
        ),
    ),
)
POLICY_TITLES_30 = (
    "Community Guidelines",
    "Comment Policy",
    "Discussion Rules",
    "Posting Guidelines",
    "Before You Post",
    "House Rules",
    "Forum Rules",
    "Rules for Readers' Comments",
    "Talkback: the rules",
)
POLICY_INTROS_30 = (
    "We welcome comments on our stories, as long as you follow a few simple rules.",
    "This is a community space. Please read the following before you post.",
    "Our forum is open to members and the public alike, and these rules apply to everyone.",
    "Before you join the discussion, take a minute to read our house rules.",
    "Comments are open on this story. By posting you agree to the rules below.",
)
POLICY_CLOSINGS_30 = (
    "Read the full terms of use at /site/terms.html before posting.",
    "Our full community guidelines are at www.coalfieldsentinel.com/guidelines.",
    "Questions about moderation? Write to the web desk at webdesk@islandvoice.to.",
    "By posting you agree to our Terms of Use, which you can read in full on our website.",
    "Concerns about a comment can be sent to the editor at editor@plainsgrainnews.com.",
    "The full rules, and how to appeal a removal, are on the society's website under Forum Rules.",
)
NUMBERS_30 = ("{}.", "{})", "({})", "{} -", "No. {}:", "#{}")
ROMAN_30 = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix")
BULLETS_30 = ("\u2022", "-", "*", "\u25e6", "\u25b8", "\u25a0", "\u2192", "\u00b7")
HEADING_STOPS_30 = (".", ":", "")  # a heading on its own line
HEADING_JOINS_30 = (": ", " - ", " \u2013 ", " \u2014 ", ". ")  # a heading before its sentence on the same line
AMERICAN_30 = {
    "behaviour": "behavior",
    "neighbour": "neighbor",
    "rumour": "rumor",
    "minimises": "minimizes",
    "criticise": "criticize",
    "generalisation": "generalization",
    "enquiries": "inquiries",
    "ring the swarm line": "call the swarm line",
    "rotas": "schedules",
}


def _items_30(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-30 policy, as ``_items_6``'s: each site's own way of printing its headings, items and title."""
    plain = rng.random() < 0.3  # a site whose policy never says "comment"

    def fits(text: str) -> bool:
        return not plain or "comment" not in text.lower()

    kinds = [
        ([heading for heading in headings if fits(heading)], [one for one in sentences if fits(" ".join(one))])
        for headings, sentences in REWORDINGS_30
    ]
    kinds = [(headings, sentences) for headings, sentences in kinds if sentences]
    count = rng.randint(2, 3) if rng.random() < 0.3 else rng.randint(4, 9)
    inline = rng.random() < 0.5  # the heading before its sentence on the same line
    join = rng.choice(HEADING_JOINS_30 if inline else HEADING_STOPS_30)
    capitals = rng.random() < 0.25
    bare = rng.random() < 0.2  # the site prints its items without headings
    marking = rng.random()
    number = rng.choice(NUMBERS_30)
    roman = rng.random() < 0.2
    bullet = rng.choice(BULLETS_30)
    items: list[tuple[str, ...]] = []
    for n, (headings, sentences) in enumerate(rng.sample(kinds, count)):
        parts = list(rng.choice(sentences))
        heading = "" if bare or not headings or rng.random() < 0.15 else rng.choice(headings)
        if capitals:
            heading = heading.upper()
        if heading and inline:
            parts[0] = heading + (" " if heading.endswith("?") else join) + parts[0]
            heading = ""
        elif heading and not heading.endswith("?"):
            heading += join
        mark = ""
        if marking < 0.3:
            mark = number.format(ROMAN_30[n] if roman else n + 1)
        elif marking < 0.6:
            mark = bullet
        if mark and heading:
            heading = f"{mark} {heading}"
        elif mark:
            parts[0] = f"{mark} {parts[0]}"
        items.append((heading, *parts))
    if rng.random() < 0.25:
        items.insert(0, ("", rng.choice([line for line in POLICY_INTROS_30 if fits(line)])))
    if rng.random() < 0.4:
        items.append(("", rng.choice([line for line in POLICY_CLOSINGS_30 if fits(line)])))
    if rng.random() < 0.4:
        title = rng.choice([line for line in POLICY_TITLES_30 if fits(line)])
        items.insert(0, (title.upper() if rng.random() < 0.3 else title, ""))
    if rng.random() < 0.5:
        items = [tuple(_american_with(AMERICAN_30, part) for part in item) for item in items]
    if rng.random() < 0.3:
        items = [tuple(_curly(part) for part in item) for item in items]
    return items


REWORDINGS_31 = (  # (headings, sentence variants): each variant one sentence or two
    (
        ("Be civil", "Respect one another", "Mind your manners"),
        (
            ("Disagree with the idea, not the person who posted it.",),
            (
                "Treat other members as you would a neighbour on the harbour wall on a Sunday morning.",
                "Robust debate is welcome; rudeness is not.",
            ),
            ("Comments that belittle, mock or bully other readers will be removed.",),
        ),
    ),
    (
        ("Stay on topic", "Keep it relevant", "Stick to the subject"),
        (
            ("Keep your comments to the story above.",),
            ("Threads that drift into old feuds or unrelated politics will be trimmed or closed.",),
            (
                "Got something else on your mind?",
                "Start a new thread on the general board rather than hijacking this one.",
            ),
        ),
    ),
    (
        ("No personal attacks", "No name-calling", "Play the ball, not the player"),
        (
            ("Insults, nicknames meant to demean and attacks on a member's family have no place here.",),
            ("Criticise ideas as hard as you like, but leave people's character out of it.",),
            ("Calling another reader a liar, an idiot or worse will get your post pulled.",),
        ),
    ),
    (
        ("Watch your language", "Keep it clean", "Family-friendly, please"),
        (
            ("Profanity, including words with letters swapped for symbols, is filtered or removed.",),
            ("Children and parishioners read these pages too, so please keep your language fit for them.",),
            ("No swearing, sexual content or crude jokes.",),
        ),
    ),
    (
        ("No tribalism or hate", "Respect all communities", "Zero tolerance for hate speech"),
        (
            (
                "Content that attacks anyone because of their tribe, ethnicity, region, religion or gender "
                "will be deleted and the account banned.",
            ),
            ("Do not stir up division between ethnic groups or regions.", "Such posts may also break the law."),
            ("Slurs against any faith, nationality or community are not allowed, even as a joke.",),
        ),
    ),
    (
        ("Election season", "Party politics", "Political debate"),
        (
            ("Debate policies freely, but do not post campaign slogans, party regalia or calls to violence.",),
            (
                "During the election period, comments repeating unverified claims about candidates or results "
                "will be held for review.",
            ),
            ("Supporters of every party are welcome here; insults to party leaders and their followers are not.",),
        ),
    ),
    (
        ("Fishing reports", "On the water", "Dockside talk"),
        (
            (
                "Do not accuse a named boat, captain or crew of breaking fishing regulations.",
                "Report suspected violations to the authorities instead.",
            ),
            ("Share where the fish were biting if you like, but never post another captain's numbers or marks.",),
            ("Quota and catch-share arguments are welcome as long as they stay civil.",),
        ),
    ),
    (
        ("No buying or selling", "Classifieds go elsewhere", "Sales and swaps"),
        (
            ("Cattle, hay, equipment and grazing leases for sale belong in our classified section, not here.",),
            ("Posts offering goods or services for sale will be removed.", "Members may use the monthly swap thread."),
            ("Do not list vintage machines, ROM chips or spare parts for sale; the marketplace board is for that.",),
        ),
    ),
    (
        ("Respect our guests", "Protect people's dignity", "Privacy of those we serve"),
        (
            ("Never post names, photos or descriptions of people who use the pantry or the shelter.",),
            (
                "The people we serve are our neighbours.",
                "Remarks that shame or stereotype anyone facing homelessness or hunger will be removed.",
            ),
            ("Please do not share stories about individual clients, even with the best of intentions.",),
        ),
    ),
    (
        ("Prayer requests", "Pastoral matters", "Parish concerns"),
        (
            ("Prayer requests are welcome, but please ask permission before naming someone who is ill or bereaved.",),
            ("Complaints about clergy, staff or volunteers should go to the parish office, not the blog.",),
            ("Keep confidential matters confidential; the vicar will gladly talk with you in person.",),
        ),
    ),
    (
        ("Patron privacy", "Book challenges", "Reader privacy"),
        (
            ("Do not post what other patrons borrowed, read or searched for.",),
            (
                "Requests to reconsider a title in our collection go through the form at the circulation desk.",
                "We do not decide them in the comment thread.",
            ),
            ("Debate about books is welcome; threats against staff or authors are not.",),
        ),
    ),
    (
        ("Fair play", "Live games", "Cheating accusations"),
        (
            ("Do not post engine evaluations or move suggestions while a club or league game is still in progress.",),
            ("Accusing a named player of cheating is not allowed here; send your concerns privately to the arbiter.",),
            ("Results from rounds still being played should be marked as spoilers.",),
        ),
    ),
    (
        ("Share the road", "Drivers and riders", "Road safety"),
        (
            (
                "This is not the place to refight the old war between drivers and cyclists.",
                "Wishing harm on road users of any kind earns a ban.",
            ),
            ("Do not post number plates, dashcam stills of identifiable people or home addresses.",),
            ("Routes and meeting points for club rides are shared in the members' area only.",),
        ),
    ),
    (
        ("Copyright", "Patterns and photos", "Credit the maker"),
        (
            ("Do not post copies of paid patterns, books or magazine pages.",),
            ("Ask the maker before sharing a photo of their quilt, and credit them by name.",),
            ("Only upload pictures you took yourself or have permission to use.",),
        ),
    ),
    (
        ("No piracy", "ROMs and downloads", "No warez"),
        (
            ("Links to ROMs, disk images or cracked software still under copyright are removed on sight.",),
            ("Abandonware is a grey area: if the rights holder still sells it, do not share it.",),
            ("Asking where to download commercial games will get your thread locked.",),
        ),
    ),
    (
        ("Snow and avalanche reports", "Conditions talk", "Backcountry safety"),
        (
            (
                "Readers' conditions reports are not official forecasts; check the avalanche centre before you head out.",
            ),
            (
                "Do not encourage others to duck ropes or ski closed terrain.",
                "Posts that do will be removed without warning.",
            ),
            ("Photos of closed runs being poached may be passed on to the ski patrol.",),
        ),
    ),
    (
        ("Emergencies", "Cyclone and storm warnings", "In an emergency"),
        (
            ("Do not use this page to report an emergency; call the emergency services directly.",),
            (
                "During cyclone warnings, follow the Meteorological Service and the disaster office, not rumours posted here.",
            ),
            (
                "Posts that spread false warnings or fake evacuation orders will be removed and may be reported to police.",
            ),
        ),
    ),
    (
        ("Language", "English, please", "Posting language"),
        (
            ("Please post in English so that all readers and moderators can follow the discussion.",),
            (
                "Short phrases in Icelandic, Maltese or Bislama are fine, but add a translation if your point depends on them.",
            ),
            ("Posts written entirely in another language may be held until a moderator can read them.",),
        ),
    ),
    (
        ("No spam", "Self-promotion", "Links"),
        (
            ("Repeated links to your own shop, channel or website will be treated as spam.",),
            ("Chain letters, get-rich offers and 'work from home' posts will be deleted and the account closed.",),
            ("Links are fine when they support your point; shortened or disguised links are not.",),
        ),
    ),
    (
        ("Beware of scams", "Money requests", "Donations"),
        (
            (
                "Never send money to anyone who contacts you through these pages.",
                "We will never ask for donations in a private message.",
            ),
            ("Appeals for cash, mobile money or bank details are removed.",),
            ("To give to the food bank, use the donate page on our website only.",),
        ),
    ),
    (
        ("Your privacy", "Your data", "Personal information"),
        (
            ("We keep your email address to manage your account and never sell it to third parties.",),
            ("Do not post phone numbers, addresses or email addresses, yours or anyone else's.",),
            ("Your display name and posts are public and may be found by search engines.",),
        ),
    ),
    (
        ("Moderation", "Why hasn't my post appeared?", "Pre-moderation"),
        (
            ("Posts are checked by a volunteer before they appear, which can take up to a day at weekends.",),
            ("New members' first few posts are held for approval.", "Please do not post the same thing twice."),
            ("The board is moderated during office hours only, so comments made overnight may wait until morning.",),
        ),
    ),
    (
        ("Closing your account", "Deleting your account", "Leaving the forum"),
        (
            ("To close your account, email the webmaster from the address you registered with.",),
            (
                "If you delete your account, your past posts stay up under the name 'former member' "
                "unless you ask us to remove them.",
            ),
            ("Accounts unused for two years are removed automatically.",),
        ),
    ),
    (
        ("Advertising", "Ads on this site", "Sponsors"),
        (
            ("Ads shown beside the discussion are placed by an outside network and are not endorsed by the paper.",),
            ("Businesses wishing to advertise should contact our sales team rather than posting in the forum.",),
            ("Sponsored content is always labelled as such.",),
        ),
    ),
    (
        ("Spotted an error?", "Corrections", "Report a mistake"),
        (
            ("If you find a factual error in a story, email the newsroom so it can be corrected.",),
            ("Corrections posted as replies may be missed.", "Please send them to the editor directly."),
            ("Tell us about mistakes through the 'report an error' link at the foot of each article.",),
        ),
    ),
    (
        ("Report abuse", "Flag it", "Don't feed the trolls"),
        (
            ("Use the flag button to report a post that breaks these rules, and do not reply to it.",),
            ("If a post bothers you, report it rather than arguing in the thread.",),
            ("Moderators review every report but cannot answer each one.",),
        ),
    ),
    (
        ("One account per person", "Use your real name", "No sock puppets"),
        (
            ("Each member may hold one account.", "Duplicate accounts used to get around a ban will be closed."),
            ("Comments must carry your real first and last name, as a letter to the editor would.",),
            ("Pretending to be another person, a club official or a public figure is not allowed.",),
        ),
    ),
    (
        ("Our decision is final", "Moderators' discretion", "The final word"),
        (
            ("The editors may edit, refuse or remove any post and suspend any account at their discretion.",),
            ("Moderators are volunteers; their decisions are final and will not be debated in public threads.",),
            ("Breaking these rules may lead to a warning, a suspension or a permanent ban.",),
        ),
    ),
    (
        ("Defamation", "Court cases", "The law"),
        (
            (
                "Do not post anything about a person that you cannot prove is true.",
                "You are legally responsible for what you write.",
            ),
            ("Do not name or speculate about people charged with crimes while their cases are before the courts.",),
            ("Posts that may be in contempt of court or libellous will be removed at once.",),
        ),
    ),
)
POLICY_TITLES_31 = (
    "Discussion rules",
    "Posting guidelines",
    "Before you post",
    "House rules",
    "Community standards",
    "Forum rules",
    "Comment policy",
    "Our rules for readers' comments",
)
POLICY_INTROS_31 = (
    "Please read these rules before joining the discussion.",
    "We want this board to be a friendly place for everyone, so a few ground rules apply.",
    "By posting, you agree to the following.",
    "Comments are welcome, within a few simple rules.",
    "This forum is run by volunteers; please help us keep it pleasant.",
)
POLICY_CLOSINGS_31 = (
    "The full terms of use are at www.harbourgazette.com/terms.",
    "Questions about these rules? Email moderators@northcapeweekly.com.",
    "Read the full posting policy here: https://www.caprockranchnews.com/posting-policy",
    "For questions, write to the webmaster at web@stmaryparish.org.uk.",
    "See our complete terms and conditions and privacy policy for more.",
    "Concerns about a comment? Contact the editor at editor@islandsun.com.fj.",
)
NUMBERS_31 = ("{n}.", "{n})", "({n})", "Rule {n}:", "[{n}]", "{n}/", "#{n}.")
LETTERS_31 = ("{a}.", "{a})", "{a} -")
BULLETS_31 = ("\u2022", "-", "*", "+", "o", "\u25cf", "\u2192", "\u2043")
SEPARATORS_31 = (": ", " - ", " \u2013 ", " \u2014 ", ". ")
AMERICAN_31 = {
    "neighbour": "neighbor",
    "criticise": "criticize",
    "labelled": "labeled",
    "libellous": "libelous",
    "centre": "center",
    "rumours": "rumors",
    "grey": "gray",
    "number plates": "license plates",
}


def _items_31(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-31 policy: (part, ...) per item, a title as (title, ""), other lines as ("", sentence)."""
    plain = rng.random() < 0.3  # a site whose policy never says "comment"

    def ok(text: str) -> bool:
        return not plain or "comment" not in text.lower()

    kinds = [
        (headings, variants)
        for headings, variants in (
            ([h for h in hs if ok(h)], [v for v in vs if all(ok(s) for s in v)]) for hs, vs in REWORDINGS_31
        )
        if headings and variants
    ]
    chosen = rng.sample(kinds, rng.randint(2, 3) if rng.random() < 0.3 else rng.randint(4, 9))
    inline = rng.random() < 0.5  # the heading before the sentence on the same line
    separator = rng.choice(SEPARATORS_31)
    stop = rng.choice((".", ":", "", ""))  # after a heading on its own line
    capitals = rng.random() < 0.25
    bare = rng.random() < 0.2
    draw = rng.random()
    marking = "numbered" if draw < 0.3 else "bulleted" if draw < 0.6 else "none"
    letters = rng.random() < 0.2  # numbered with letters
    number, bullet = rng.choice(NUMBERS_31), rng.choice(BULLETS_31)
    if letters:
        number = rng.choice(LETTERS_31)
    items: list[tuple[str, ...]] = []
    for n, (headings, variants) in enumerate(chosen, 1):
        heading = "" if bare or rng.random() < 0.15 else rng.choice(headings)
        if capitals:
            heading = heading.upper()
        sentences = list(rng.choice(variants))
        if heading and inline:
            parts = [heading + (" " if heading.endswith("?") else separator) + sentences[0], *sentences[1:]]
        elif heading:
            parts = [heading + ("" if heading.endswith("?") else stop), *sentences]
        else:
            parts = sentences
        if marking == "numbered":
            parts[0] = number.format(n=n, a="abcdefghij"[n - 1]) + " " + parts[0]
        elif marking == "bulleted":
            parts[0] = bullet + " " + parts[0]
        items.append(tuple(parts))
    if rng.random() < 0.25:
        intros = [line for line in POLICY_INTROS_31 if ok(line)]
        items.insert(0, ("", rng.choice(intros)))
    if rng.random() < 0.4:
        closings = [line for line in POLICY_CLOSINGS_31 if ok(line)]
        items.append(("", rng.choice(closings)))
    if rng.random() < 0.4:
        title = rng.choice([line for line in POLICY_TITLES_31 if ok(line)])
        items.insert(0, (title.upper() if rng.random() < 0.3 else title, ""))
    if rng.random() < 0.5:
        items = [tuple(_american_with(AMERICAN_31, part) for part in item) for item in items]
    if rng.random() < 0.3:
        items = [tuple(_curly(part) for part in item) for item in items]
    return items


REWORDINGS_32 = (  # (headings, sentence variants)
    (
        ("Be civil", "Keep it friendly", "Mind your manners", "Be kind to one another"),
        (
            ("Disagree with the argument, not with the person making it.",),
            (
                "Treat other readers as you would a neighbour at the village hall.",
                "Rude or abusive comments are simply removed.",
            ),
            ("Write as if you were speaking face to face with the person you are answering.",),
            ("Robust debate is welcome here, but insults, sneering and name-calling are not.",),
        ),
    ),
    (
        ("Stay on topic", "Keep to the subject", "Relevance"),
        (
            ("Keep your posts about the story above; threads that wander off it will be closed.",),
            ("Please stick to the subject of the article.", "Questions about other stories can go to the newsroom."),
            ("Comments that drift far from the article, or repeat the same point again and again, may be removed.",),
        ),
    ),
    (
        ("No personal attacks", "Play the ball, not the player", "No insults"),
        (
            ("Attacks on other users, on the people in our stories or on our reporters will be deleted.",),
            ("Do not mock anyone's appearance, accent, family or health.",),
            ("Criticise ideas as sharply as you like, but leave people's character out of it.",),
        ),
    ),
    (
        ("No clan or ethnic hatred", "Respect every community", "Hate speech"),
        (
            ("Posts that insult a clan, ethnic group, region or faith will be removed and the account suspended.",),
            ("We do not publish comments that stir up hatred between communities, at home or in the diaspora.",),
            ("Calls for violence, or praise for it, lead to an immediate and permanent ban.",),
        ),
    ),
    (
        ("Language", "Croeso / Welcome", "Which language?"),
        (
            ("Contributions in Welsh or in English are equally welcome.",),
            (
                "You may write in English, French, Luxembourgish or Dutch; please add a short English summary if you can.",
            ),
            (
                "Comments in Tigrinya, Amharic, Somali, Afaan Oromo or English are accepted; our moderators read all five.",
            ),
            ("Please keep swearing out of it, in any language.",),
        ),
    ),
    (
        ("Protect sensitive sites", "Breeding birds", "Locations of rare species"),
        (
            ("Do not post the exact location of nesting rare birds, badger setts or orchid colonies.",),
            (
                "Give a county or a reserve name for sensitive records, never a grid reference.",
                "The county recorder can be told the details privately.",
            ),
            ("Posts revealing where Schedule 1 species are breeding will be edited without notice.",),
        ),
    ),
    (
        ("On-air conduct", "Licensing", "Callsigns"),
        (
            ("Please sign your posts with your callsign so members know who they are talking to.",),
            ("We will not host advice on transmitting without a licence, or on bands you are not licensed to use.",),
            ("Complaints about interference belong with the regulator, not in a thread naming a neighbour's station.",),
        ),
    ),
    (
        ("Judges and results", "Ring etiquette", "Results queries"),
        (
            ("Questions about a judge's decision go to the show secretary, not to the message board.",),
            ("Do not criticise other handlers' dogs, or post videos of their runs without asking first.",),
            ("Results are provisional until the show secretary confirms them; please do not argue placings here.",),
        ),
    ),
    (
        ("Spoilers", "Spoiler tags", "No piracy"),
        (
            ("Hide plot details of published adventures behind a spoiler tag; some readers are players, not GMs.",),
            ("Links to pirated rulebooks or scanned PDFs will be removed, and repeat offenders banned.",),
            ("Homebrew rules, maps and character sheets you made yourself are always welcome in the comments.",),
        ),
    ),
    (
        ("Patient privacy", "Medical advice", "Health questions"),
        (
            ("Do not name patients or staff, or share details of anyone's care, however kind your intentions.",),
            ("Nothing posted here is medical advice.", "If you are worried about your health, contact your GP."),
            ("Questions about a patient's treatment should go to the patient advice service, not this page.",),
        ),
    ),
    (
        ("Students and minors", "Student privacy", "Editorial independence"),
        (
            ("Do not name or identify students under 18 who are not already named in the article.",),
            ("This newspaper is run by students and is editorially independent of the college administration.",),
            ("Grievances about grades, instructors or financial aid belong with the student services office.",),
        ),
    ),
    (
        ("Faults and outages", "Service problems", "Billing"),
        (
            ("Please report outages to the co-op's support line; staff do not watch this page for fault reports.",),
            ("Never post your account number, router password or home address here.",),
            ("Questions about your bill are answered by the office during business hours, by phone or email.",),
        ),
    ),
    (
        ("Elections", "Election posts", "Candidates"),
        (
            ("Unproven claims that a candidate bought votes or rigged a count will not be published.",),
            ("Campaign messages, candidate posters and vote-for-me comments count as advertising and are removed.",),
            ("Accusations of sorcery against any named person will be deleted and may be reported to police.",),
        ),
    ),
    (
        ("Your privacy", "Privacy", "What we keep"),
        (
            ("We store your email address and IP address with each comment, and never publish either.",),
            ("Your details are used only to run your account; our privacy notice says how long we keep them.",),
            ("We do not sell readers' personal data to advertisers or to anyone else.",),
        ),
    ),
    (
        ("Moderation", "Why isn't my comment showing?", "Delays"),
        (
            ("Comments are checked by a volunteer before they appear, which can take up to two days.",),
            ("Posts made at weekends or on bank holidays may wait until Monday morning for approval.",),
            ("Your first three contributions are held for review; after that most appear straight away.",),
        ),
    ),
    (
        ("Closing your account", "Deleting your account", "Leaving"),
        (
            (
                "You can delete your account at any time from your profile settings.",
                "Your posts will be anonymised rather than removed.",
            ),
            ("To close your account and erase your posts, email the webmaster from the address you registered.",),
            ("Accounts with no activity for two years are removed automatically.",),
        ),
    ),
    (
        ("No advertising", "Spam", "Selling"),
        (
            ("Promoting a business, selling puppies or posting affiliate links is not allowed.",),
            ("Members may mention club events and fundraisers, but commercial adverts are removed.",),
            ("Repeated links to the same website are treated as spam, and the account is blocked.",),
        ),
    ),
    (
        ("Spotted a mistake?", "Corrections", "Errors"),
        (
            ("If we got something wrong, tell the newsroom by email rather than in the comments, so we can fix it.",),
            ("Corrections are printed on page two of the next edition and noted at the foot of the online story.",),
            ("Factual errors in our reporting should be sent to the editor, who reads every message.",),
        ),
    ),
    (
        ("Report a post", "Flag it", "Reporting abuse"),
        (
            ("Use the flag beside any comment you think breaks these rules, and a moderator will look at it.",),
            ("Please do not reply to trolls.", "Report them and let the moderators deal with it."),
            ("Flagging a post does not remove it automatically; every report is read by a person.",),
        ),
    ),
    (
        ("Real names", "One account each", "Identity"),
        (
            ("Members post under their real name and home town; nicknames are not accepted.",),
            ("Each person may hold one account.", "Accounts opened to get round a ban will be closed without warning."),
            ("Do not impersonate another person, a public official or a member of our staff.",),
        ),
    ),
    (
        ("Our decision is final", "Editor's discretion", "The final word"),
        (
            ("The editor may remove any post, or close any discussion, without giving a reason.",),
            ("Moderators' decisions are final and will not be debated in public threads.",),
            ("We reserve the right to edit, refuse or remove comments at our sole discretion.",),
        ),
    ),
    (
        ("Court cases", "Legal", "Defamation"),
        (
            ("Do not speculate about the guilt of anyone charged while their case is before the court.",),
            ("You are legally responsible for what you post, and defamatory statements may be passed to our lawyers.",),
            ("Comments are switched off on reports of live court cases so that no trial is prejudiced.",),
        ),
    ),
)
POLICY_TITLES_32 = (
    "Community Guidelines",
    "Discussion rules",
    "Posting guidelines",
    "Before you post",
    "House rules",
    "Comment policy",
    "Message board rules",
    "Reader comments: the rules",
    "Forum etiquette",
    "Talkback guidelines",
)
POLICY_INTROS_32 = (
    "We welcome readers' views, but please read these rules before you join the discussion.",
    "This is a friendly club page; to keep it that way, posts must follow the guidelines below.",
    "Comments are open to registered members and are read by volunteers.",
    "Before you post, please take a moment to read our house rules.",
    "Diolch for joining the conversation. A few simple rules keep it pleasant for everyone.",
    "Our comment section is a public space, and these rules apply to everyone who uses it.",
)
POLICY_CLOSINGS_32 = (
    "Read the full terms of use at the link at the foot of this page.",
    "By posting you agree to our Terms of Service and Privacy Policy.",
    "Questions about these rules? Email the moderators at moderators@upnorthherald.com.",
    "Our full comment policy is available here.",
    "Full posting guidelines: see Terms & Conditions in the site menu.",
    "Concerns about a post can be sent to the web editor at webeditor@deltabeacon.com.",
    "See the full community standards on our About Us page.",
)
AMERICAN_32 = {
    "neighbour": "neighbor",
    "criticise": "criticize",
    "anonymised": "anonymized",
    "licence": "license",
    "behaviour": "behavior",
    "at weekends": "on weekends",
    "bank holidays": "holidays",
    "your GP": "your doctor",
}
NUMBERS_32 = ("{n}.", "{n})", "({n})", "Rule {n}:", "[{n}]", "{n} \u2014", "{n}/")
BULLETS_32 = ("\u2022", "-", "*", "+", "\u25c6", "\u00bb", "\u25cb", "\u2013", "\u25a1")


def _items_32(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-32 policy, as ``_items_6``'s: each site's own way of printing its headings, items and title."""
    plain = rng.random() < 0.3  # a site that never says "comment"

    def fits(text: str) -> bool:
        return not plain or "comment" not in text.lower()

    kinds = []
    for headings, variants in REWORDINGS_32:
        headings = tuple(heading for heading in headings if fits(heading))
        variants = tuple(parts for parts in variants if all(fits(part) for part in parts))
        if headings and variants:
            kinds.append((headings, variants))
    count = rng.randint(2, 3) if rng.random() < 0.3 else rng.randint(4, 9)
    chosen = rng.sample(kinds, count)
    inline = rng.random() < 0.5  # the heading before the sentence on the same line
    joint = rng.choice((": ", " - ", " \u2013 ", " \u2014 ", ". "))
    stop = rng.choice((".", ":", ""))  # after a heading on its own line
    capitals = rng.random() < 0.25
    bare = rng.random() < 0.2  # the site prints its items without headings
    marks = rng.random()
    style, letters, bullet = "", False, ""
    if marks < 0.3:  # numbered, in letters 0.2 of the time
        style = rng.choice(NUMBERS_32)
        letters = rng.random() < 0.2
    elif marks < 0.6:  # bulleted
        bullet = rng.choice(BULLETS_32)
    items: list[tuple[str, ...]] = []
    for number, (headings, variants) in enumerate(chosen, start=1):
        heading = "" if bare or rng.random() < 0.15 else rng.choice(headings)
        if capitals:
            heading = heading.upper()
        parts = list(rng.choice(variants))
        if heading and inline:
            parts[0] = heading + (" " if heading.endswith("?") else joint) + parts[0]
        elif heading:
            parts.insert(0, heading if heading.endswith("?") else heading + stop)
        if marks < 0.3:
            label = "abcdefghi"[number - 1] if letters else str(number)
            parts[0] = style.format(n=label) + " " + parts[0]
        elif marks < 0.6:
            parts[0] = bullet + " " + parts[0]
        items.append(tuple(parts))
    if rng.random() < 0.25:
        items.insert(0, ("", rng.choice([line for line in POLICY_INTROS_32 if fits(line)])))
    if rng.random() < 0.4:
        items.append(("", rng.choice([line for line in POLICY_CLOSINGS_32 if fits(line)])))
    if rng.random() < 0.4:
        title = rng.choice([line for line in POLICY_TITLES_32 if fits(line)])
        items.insert(0, (title.upper() if rng.random() < 0.3 else title, ""))
    if rng.random() < 0.5:
        items = [tuple(_american_with(AMERICAN_32, part) for part in item) for item in items]
    if rng.random() < 0.3:
        items = [tuple(_curly(part) for part in item) for item in items]
    return items


REWORDINGS_33 = (  # (headings, sentence variants)
    (  # courtesy
        ("Be civil", "Mind your manners", "Courtesy first", "Treat others as you would at the village hall"),
        (
            ("Disagree with the argument if you must, but be civil to the person making it.",),
            ("This is a small island and we all meet at the shop, so write nothing you would not say to a face.",),
            (
                "Keep your posts courteous at all times.",
                "Rudeness to other readers, our reporters or the people in our stories will be removed.",
            ),
            (
                "Remember that members are neighbours first.",
                "Please keep every comment friendly, even when a discussion gets heated.",
            ),
        ),
    ),
    (  # topic
        ("Stay on topic", "Keep to the subject", "Relevance"),
        (
            ("Comments should relate to the story above; general complaints about the council belong in a letter.",),
            (
                "Keep replies to the subject of the thread.",
                "Off-topic posts will be moved or deleted by the moderators.",
            ),
            ("Please stick to the article in question rather than reopening old arguments from earlier threads.",),
        ),
    ),
    (  # personal attacks
        ("No personal attacks", "Play the ball, not the player", "Respect other members"),
        (
            ("Insults, name-calling and digs at a person's family, croft or business will not be tolerated.",),
            (
                "Attack the idea, never the person behind it.",
                "Posts that single out another member for ridicule will be taken down without warning.",
            ),
            ("Do not harass, threaten or bully anyone, here or by private message.",),
        ),
    ),
    (  # hatred of a group
        ("No hate speech", "No tribalism or incitement", "Respect all communities"),
        (
            (
                "Posts that stir up hatred on grounds of tribe, clan, religion, race or county of origin will be "
                "deleted and reported.",
            ),
            (
                "We do not allow content that demeans people for their "
                "ethnicity, faith, gender, disability or sexuality.",
            ),
            (
                "Ethnic slurs and incitement are offences under the law.",
                "Repeat offenders will be banned and their details passed to the authorities.",
            ),
        ),
    ),
    (  # language
        ("Language", "Watch your language", "Keep it clean", "English or Portuguese welcome"),
        (
            ("Posts may be written in English or Portuguese; please avoid swearing in either.",),
            ("No profanity, crude language or obscene images, including words with letters swapped for symbols.",),
            ("Swahili and English are both welcome here.", "Abusive language in any tongue is not."),
            ("Keep it family-friendly: many of our readers are grandparents and schoolchildren.",),
        ),
    ),
    (  # foraging locations
        ("Protect the patches", "Keep locations private", "Sites and access"),
        (
            (
                "Please do not post grid references or exact locations of finds; landowners and rare species both "
                "deserve protection.",
            ),
            ("Describe the habitat if it helps identification, but never name a private wood or give directions.",),
        ),
    ),
    (  # identification is not advice
        ("Identification is not advice", "Safety first", "Never eat from a photo"),
        (
            (
                "No identification given in this forum is a guarantee that a mushroom is safe to eat.",
                "If in doubt, throw it out.",
            ),
            (
                "Replies are opinions from fellow members, not expert verification.",
                "If someone may have eaten a poisonous fungus, call the emergency services at once.",
            ),
        ),
    ),
    (  # sales and swaps
        ("Buying and selling", "Trading", "No sales in the discussion"),
        (
            ("Sales, swaps and want lists belong on the club exchange page, not in discussion threads.",),
            (
                "Members may not advertise stamps, covers or lots for sale here.",
                "Use the exchange packet or contact the exchange secretary instead.",
            ),
            ("Please do not post prices or valuations of other members' collections without their permission.",),
        ),
    ),
    (  # runs and verification
        ("Verification disputes", "Runs and records", "Spoilers"),
        (
            (
                "If you suspect a run was faked, report it to the verifiers privately rather than accusing the "
                "runner in public.",
            ),
            ("Tag any story spoilers for games released in the last month.",),
            ("Questions about a rejected submission go to the moderation team, not the leaderboard discussion.",),
        ),
    ),
    (  # courses and results
        ("Courses and results", "Before the event", "Results queries"),
        (
            ("Please do not discuss course details until the last starter has finished.",),
            (
                "Queries about results, mispunches or disqualifications should go to the event organiser, not this "
                "page.",
            ),
            ("Results are public, but runners' ages, home addresses and phone numbers must never be posted.",),
        ),
    ),
    (  # emergencies
        ("Not for emergencies", "In an emergency", "Emergencies"),
        (
            ("This page is not monitored around the clock.", "To report a fire or any emergency, dial 999 or 112."),
            ("Never use a post or message here to report a fire, smoke or a person in danger; call 911 immediately.",),
            (
                "Do not post photographs of incidents, casualties or vehicle registrations while crews are still at "
                "the scene.",
            ),
        ),
    ),
    (  # members' account security
        ("Protect your account", "Keep your details private", "Member security"),
        (
            ("Never post your member number, account details or PIN.", "Staff will never ask for them on this page."),
            ("For questions about your own loans or savings, contact your branch directly rather than posting here.",),
        ),
    ),
    (  # spam and links
        ("No spam", "No advertising", "Links"),
        (
            ("Repeated posts, chain letters and links to commercial sites will be removed.",),
            (
                "Do not use the discussion to promote your business, raffle or boat sale; contact our advertising "
                "department for rates.",
            ),
            ("Links are allowed only where they add to the discussion.", "Shortened or affiliate links are stripped."),
        ),
    ),
    (  # readers' data
        ("Your privacy", "How we use your data", "Privacy"),
        (
            ("We collect your email address only to verify your account, and we never sell or share it.",),
            (
                "Your registration details are held in line with data protection law.",
                "See our privacy notice for how long we keep them.",
            ),
            ("The name you register with is shown beside each post; your email address is never displayed.",),
        ),
    ),
    (  # moderation delays
        ("Moderation", "Why hasn't my post appeared?", "Please be patient"),
        (
            ("All posts are read by a volunteer before they appear, which may take up to two days.",),
            (
                "Our office is staffed on weekdays only, so anything sent on a Friday evening may not go live until "
                "Monday.",
            ),
            (
                "First posts from new members are held for approval.",
                "After that, posts appear straight away but may still be removed.",
            ),
        ),
    ),
    (  # closing an account
        ("Closing your account", "Deleting your account", "Leaving the forum"),
        (
            ("To close your account and remove your profile, email the web editor from the address you registered.",),
            (
                "You can delete your account at any time from your profile settings.",
                "Posts already quoted by others may remain visible.",
            ),
        ),
    ),
    (  # errors to the newsroom
        ("Spotted a mistake?", "Corrections", "Errors in our reporting"),
        (
            (
                "If you find a factual error in a story, please tell the newsroom directly so we can correct it, "
                "rather than posting below.",
            ),
            (
                "Corrections and clarifications are handled by the editor.",
                "Email the news desk with the headline and the date of the story.",
            ),
        ),
    ),
    (  # advertising on the site
        ("About our adverts", "Advertising", "Sponsored content"),
        (
            (
                "Adverts on this page are placed by an outside network; their appearance does not mean we endorse "
                "the product.",
            ),
            (
                "Sponsored posts are always labelled as such.",
                "Our newsroom has no say in the advertising shown beside them.",
            ),
        ),
    ),
    (  # real names and one account
        ("Use your real name", "One member, one account", "Real names only"),
        (
            ("Please post under your own name as it appears in the residents' directory.",),
            ("Each member may hold only one account; duplicate accounts will be closed.",),
            (
                "Anonymous comments are not accepted on this site.",
                "We find people speak more kindly when they sign their words.",
            ),
        ),
    ),
    (  # the courts and defamation
        ("Legal matters", "Court cases", "Don't risk contempt"),
        (
            (
                "Scots law on contempt of court is strict: do not speculate about the "
                "guilt of anyone who has been charged.",
            ),
            (
                "You are legally responsible for what you post.",
                "Defamatory or unproven allegations about named people will be removed.",
            ),
            ("Do not discuss cases that are before the courts, including the names of witnesses or victims.",),
        ),
    ),
    (  # the editors' final say
        ("Our decision is final", "Moderators' discretion", "Final say"),
        (
            (
                "The editor may edit, refuse or remove any post, and will not enter into correspondence about "
                "decisions.",
            ),
            (
                "Moderators may close a thread at any time.",
                "Arguing with a moderation decision in public may lead to a suspension.",
            ),
        ),
    ),
    (  # bereavements
        ("Sad news", "Bereavements", "Respect for families"),
        (
            (
                "Please let families announce a death first, and do not post news of a resident's passing before "
                "the office confirms it.",
            ),
            (
                "Messages of condolence are always welcome here.",
                "Speculation about the cause of an illness or accident is not.",
            ),
        ),
    ),
    (  # hazards on the lake
        ("Reporting hazards", "Lake safety", "Water quality"),
        (
            (
                "Report floating hazards, blue-green algae or unlit buoys to the "
                "safety officer as well as posting here.",
            ),
            ("A post about a neighbour's dock, boat or lawn is no substitute for contacting the association office.",),
        ),
    ),
)
POLICY_TITLES_33 = (
    "Discussion rules",
    "Posting guidelines",
    "Before you post",
    "House rules",
    "Community guidelines",
    "Comment policy",
    "Forum etiquette",
    "Noticeboard rules",
    "Our rules for comments",
    "Guidelines for members' posts",
)
POLICY_INTROS_33 = (
    "Please read these rules before posting.",
    "This forum is run by volunteers; help us keep it friendly.",
    "We welcome comments from readers at home and across the diaspora.",
    "By posting you agree to the following.",
    "A few ground rules so that everyone enjoys the discussion:",
)
POLICY_CLOSINGS_33 = (
    "Read the full terms of use at the link below.",
    "Full terms and conditions: see Terms of Use at the foot of this page.",
    "Questions about these rules? Write to the moderators at forum@islandvoice.co.uk.",
    "The complete posting policy is at www.countyherald.co.ke/terms.",
    "For anything else, email the editor at editor@lakeshorenews.org.",
    "See our full comment policy and terms of service.",
)
NUMBERS_33 = ("{}.", "{})", "({})", "[{}]", "{}:", "{} -")
BULLETS_33 = ("\u2022", "-", "*", "\u2013", "\u25aa", "+", "o", "\u27a1")
HEADING_JOINS_33 = (": ", " - ", " \u2013 ", " \u2014 ", ". ")
AMERICAN_33 = {
    "neighbour": "neighbor",
    "organiser": "organizer",
    "offences": "offenses",
    "labelled": "labeled",
    "registrations": "license plates",
}


def _items_33(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-33 policy, as ``_items_6``'s: each site's own way of printing its items, headings and marks."""
    plain = rng.random() < 0.3  # the site never says "comment"
    kinds = []
    for headings, sentences in REWORDINGS_33:
        if plain:
            headings = tuple(heading for heading in headings if not _says_comment(heading))
            sentences = tuple(variant for variant in sentences if not _says_comment(*variant))
        if headings and sentences:
            kinds.append((headings, sentences))
    chosen = rng.sample(kinds, rng.randint(2, 3) if rng.random() < 0.3 else rng.randint(4, 9))
    bare = rng.random() < 0.2  # no headings at all
    capitals = rng.random() < 0.25
    inline = rng.random() < 0.5  # the heading before the sentence on the same line
    join = rng.choice(HEADING_JOINS_33)
    stop = rng.choice((".", ".", ":", ""))
    marks = rng.random()
    number = rng.choice(NUMBERS_33) if marks < 0.3 else ""
    bullet = rng.choice(BULLETS_33) if 0.3 <= marks < 0.6 else ""
    items: list[tuple[str, ...]] = []
    for place, (headings, sentences) in enumerate(chosen, 1):
        parts = list(rng.choice(sentences))
        heading = "" if bare or rng.random() < 0.15 else rng.choice(headings)
        if heading:
            heading = heading.upper() if capitals else heading
            if heading.endswith("?"):  # a question heading: no stop, and a space before the sentence
                parts = [f"{heading} {parts[0]}", *parts[1:]] if inline else [heading, *parts]
            elif inline:
                parts[0] = heading + join + parts[0]
            else:
                parts.insert(0, heading + stop)
        mark = number.format(place) if number else bullet
        if mark:
            parts[0] = f"{mark} {parts[0]}"
        items.append(tuple(parts))
    intros = [line for line in POLICY_INTROS_33 if not (plain and _says_comment(line))]
    closings = [line for line in POLICY_CLOSINGS_33 if not (plain and _says_comment(line))]
    titles = [line for line in POLICY_TITLES_33 if not (plain and _says_comment(line))]
    if rng.random() < 0.25:
        items.insert(0, ("", rng.choice(intros)))
    if rng.random() < 0.4:
        items.append(("", rng.choice(closings)))
    if rng.random() < 0.4:
        title = rng.choice(titles)
        items.insert(0, (title.upper() if rng.random() < 0.3 else title, ""))
    if rng.random() < 0.5:
        items = [tuple(_american_with(AMERICAN_33, part) for part in item) for item in items]
    if rng.random() < 0.3:
        items = [tuple(_curly(part) for part in item) for item in items]
    return items


REWORDINGS_34 = (  # (headings, sentence variants)
    (
        ("Be civil", "Courtesy first", "Mind your manners", "Treat others as neighbours"),
        (
            ("Disagree with the argument, never with the person making it.",),
            ("We are a small community and most of us will meet at the market; write as you would speak there.",),
            (
                "Keep your tone polite, even when you feel strongly.",
                "Sarcasm reads harsher on a screen than it sounds aloud.",
            ),
            ("Courteous comments are published; rude ones are not, whatever their point.",),
        ),
    ),
    (
        ("Stay on topic", "Keep to the story", "Relevance"),
        (
            ("Replies should relate to the article they appear under.",),
            ("Off-topic posts, including running feuds carried over from other threads, will be removed.",),
            ("Please keep to the subject of the article; start a new thread in the forum for anything else.",),
        ),
    ),
    (
        ("No personal attacks", "Play the ball, not the player", "Attack ideas, not people"),
        (
            (
                "Name-calling, insults and threats against other readers, our staff or people in the news are not allowed.",
            ),
            ("Do not abuse other members; repeated abuse will lead to a ban without warning.",),
            ("Threats of violence are reported to the police.", "We make no exceptions for posts meant as jokes."),
        ),
    ),
    (
        ("No hate speech", "Respect every faith and people", "Hatred has no place here"),
        (
            (
                "Posts that demean anyone for their religion, ethnicity, state of origin, sex or disability will be deleted.",
            ),
            (
                "Antisemitism, Islamophobia and attacks on any congregation or its members are removed and the account closed.",
            ),
            ("Tribal and ethnic slurs, including coded ones and nicknames, are not tolerated in our comment threads.",),
        ),
    ),
    (
        ("Language", "Write in English, please", "Which language?"),
        (
            (
                "Posts in English, Estonian or Latvian are welcome; please add a short English summary so that all readers can follow.",
            ),
            ("Please write in English so that our moderators can read what you post.",),
            ("Keep it clean: no swearing, and no swearing disguised with asterisks either.",),
            ("Pidgin is fine, but posts written entirely in capital letters will be held back.",),
        ),
    ),
    (
        ("Residents' privacy", "Respect our residents and families", "Privacy of patients"),
        (
            (
                "Do not name residents, patients or their relatives, or discuss their health, without the family's consent.",
            ),
            (
                "Condolences are welcome, but please leave the details of a person's illness or final days to the family.",
            ),
            ("Photographs of residents may only be shared by the home, and never without written permission.",),
        ),
    ),
    (
        ("Respect landowners", "Access and routes", "Private land"),
        (
            ("Do not post routes that cross private ranch land or closed grazing leases.",),
            (
                "Leave gates as you found them, and do not share routes that ignore seasonal closures or calving fields.",
            ),
            ("Trail reports are welcome, but check access with the landowner before recommending a line to others.",),
        ),
    ),
    (
        ("Be kind to performers", "Reviews and feedback", "Constructive criticism only"),
        (
            (
                "Our casts and crews are volunteers; criticise the production, not individual performers' looks or voices.",
            ),
            (
                "Feedback on a show is welcome, but please do not give away the ending of a production that is still running.",
            ),
            (
                "Honest reviews of our shows help the company improve.",
                "Mocking a child or a first-time performer does not, and will be removed.",
            ),
        ),
    ),
    (
        ("Buying and selling", "No sales posts", "For sale and wanted"),
        (
            ("Parts, bikes and tools for sale belong in the classifieds section, not in replies to articles.",),
            ("Do not advertise livestock, hay or machinery here; use the free classifieds in the Thursday edition.",),
            ("We cannot vouch for private sellers.", "Arrange payment and collection at your own risk."),
        ),
    ),
    (
        ("Credit and piracy", "No pirated files", "Respect creators"),
        (
            ("Do not link to cracked copies of the game, or to mods uploaded again without the author's permission.",),
            ("Always credit the original modder when you share a patch, a fork or a translation.",),
            ("Requests for keys, cracks or unofficial download mirrors will be removed without notice.",),
        ),
    ),
    (
        ("Seed swaps", "Plant health", "Sharing seed"),
        (
            ("Only offer seed you saved yourself, labelled with the variety and the year it was harvested.",),
            (
                "Do not send seed or plant material across borders; import rules and plant-health laws apply to members too.",
            ),
            ("Swaps between members are welcome, but selling protected varieties is not allowed on this page.",),
        ),
    ),
    (
        ("Hazards and emergencies", "Report problems to the right people", "Safety on the water"),
        (
            (
                "If you see a breach, a boat in difficulty or someone in the water, call 999 first; do not post it here.",
            ),
            (
                "Towpath faults and lock damage should go to the navigation authority, whose staff do not read this page.",
            ),
            ("In an emergency, call the emergency services.", "This page is not watched around the clock."),
            (
                "Hurricane and flood warnings come from the parish and the National Weather Service, not from reader posts.",
            ),
        ),
    ),
    (
        ("Elections and politics", "No incitement", "Campaigning"),
        (
            ("Do not post unofficial election results or call on readers to take to the streets.",),
            (
                "Political debate is welcome; campaign material, party slogans and posts from candidates' teams are not.",
            ),
            (
                "Posts that could inflame violence between communities will be removed and may be passed to the authorities.",
            ),
        ),
    ),
    (
        ("Spam", "Links", "No self-promotion"),
        (
            ("Links to your own shop, channel or fundraiser will be deleted.",),
            ("Post links only where they add to the discussion, and never shortened links.",),
            ("Posting the same message again and again counts as spam, however good the cause.",),
        ),
    ),
    (
        ("Your privacy", "Your data", "Privacy"),
        (
            ("Your email address is never shown to other readers or shared with advertisers.",),
            (
                "We store your username, email address and IP address to run the discussion; our privacy notice has the details.",
            ),
            ("Do not post your phone number or home address.", "Anything you publish here can be read by anyone."),
        ),
    ),
    (
        ("Moderation", "Why isn't my post showing?", "Posts are checked first"),
        (
            ("Every post is read by a volunteer before it appears, which can take up to 48 hours at weekends.",),
            ("Our moderators are volunteers, so please be patient if your comment takes a day or two to appear.",),
            ("First posts from new accounts are held for review.", "Please do not send the same post twice."),
        ),
    ),
    (
        ("Closing your account", "Deleting your account", "Leaving us"),
        (
            (
                "You can delete your account at any time from your profile page; your past posts will then show as a former member's.",
            ),
            (
                "To close your account and remove your posts, write to the web editor from the address you signed up with.",
            ),
            ("Deleted accounts cannot be restored, and their usernames are not released to anyone else.",),
        ),
    ),
    (
        ("Advertising", "About the adverts", "Sponsored content"),
        (
            ("Adverts on this page are chosen by an outside network; we do not endorse the products shown.",),
            ("Sponsored posts are always labelled as such and are not written by our reporters.",),
            ("To advertise in the newsletter, contact the office rather than posting in the discussion.",),
        ),
    ),
    (
        ("Spotted a mistake?", "Corrections", "Errors in our reporting"),
        (
            (
                "If an article gets a fact wrong, email the newsroom so we can correct it; a reply below will not reach the editor.",
            ),
            ("Send corrections to the editor with a link to the story; we publish them on this page every Friday.",),
            (
                "We fix errors quickly when we know about them.",
                "Please use the contact form rather than the replies below.",
            ),
        ),
    ),
    (
        ("Report abuse", "Flag it", "Seen something wrong?"),
        (
            ('Use the "Report" link under any post you think breaks these rules, and a moderator will review it.',),
            ("Flag a post rather than replying to it; arguing with a troll only keeps the thread alive.",),
            (
                "Reports are anonymous and go only to the moderators.",
                "The person you report will not be told who flagged them.",
            ),
        ),
    ),
    (
        ("Our decision is final", "Editorial discretion", "The editor's call"),
        (
            (
                "We may remove any post or suspend any account at our discretion, and we do not discuss individual decisions.",
            ),
            ("These guidelines are not exhaustive; the editor has the final word on what is published.",),
            ("Posting here is a privilege, not a right.", "We may withdraw it from anyone who ignores these rules."),
        ),
    ),
    (
        ("Legal", "Defamation and court cases", "Be careful what you allege"),
        (
            ("Do not accuse named people of crimes; you may be personally liable for what you publish.",),
            (
                "Do not discuss the guilt of anyone awaiting trial; posts that could prejudice a case will be taken down.",
            ),
            ("The libel laws apply online just as they do in print.",),
        ),
    ),
    (
        ("Real names", "One account per person", "Who you are"),
        (
            (
                "Please post under your real name; this is a small town, and people like to know who they are talking to.",
            ),
            ("One account per person; sock-puppet accounts will be closed along with the original.",),
            ("Impersonating another member, a member of staff or a public figure will get you banned.",),
        ),
    ),
    (
        ("Respect for clergy and volunteers", "No theological disputes", "Congregation matters"),
        (
            (
                "Raise concerns about the congregation, its clergy or its staff with the board directly, not in a public thread.",
            ),
            ("Debates about doctrine belong in study sessions; this page is for community news.",),
            ("Announcements of births, deaths and celebrations are welcome; appeals for money are not.",),
        ),
    ),
    (
        ("Respect for elders and custom", "Land and family matters"),
        (
            ("Do not air family or land disputes here; take them to the island council or to the courts.",),
            ("Speak of elders, churches and traditional leaders with respect, as you would in the maneaba.",),
        ),
    ),
    (
        ("Riding and repairs", "Technical advice"),
        (
            (
                "Share repair tips freely, but brakes and wiring on old machines can kill; tell readers when a job needs a professional.",
            ),
            (
                "Advice is given in good faith by members, and the club accepts no liability for work done on its strength.",
            ),
        ),
    ),
)
POLICY_TITLES_34 = (
    "Discussion rules",
    "Posting guidelines",
    "Before you post",
    "House rules",
    "Community standards",
    "Comment policy",
    "Our rules for comments",
    "Message board etiquette",
    "Forum guidelines",
)
POLICY_INTROS_34 = (
    "We want this to be a friendly place to talk, so we ask everyone to follow a few rules.",
    "By posting, you agree to the following guidelines.",
    "Please read these before joining the discussion.",
    "Comments are open to registered readers who follow these guidelines.",
    "This forum is moderated by members of the society in their spare time.",
)
POLICY_CLOSINGS_34 = (
    "Read the full terms of use at the Terms link at the foot of this page.",
    "Questions about these rules? Email the moderators at forum@example.org.",
    "The full community guidelines and our privacy policy are on the About page.",
    "Contact the web editor at web@example.com with any questions about comments.",
    "See our Terms of Service for the complete posting rules.",
    "Full terms and conditions of use are at www.example.org/terms",
)
NUMBERS_34 = ("{n}.", "{n})", "({n})", "{n} |", "Rule {n}.", "No. {n} -", "{n}:")
ROMAN_34 = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII")
BULLETS_34 = ("\u2022", "-", "*", "\u2219", "\u2726", "\u27a2", "=>", "\u25c7", "|")
INLINE_34 = (": ", " - ", " \u2013 ", " \u2014 ", ". ", ": ")
AMERICAN_34 = {
    "neighbour": "neighbor",
    "criticis": "criticiz",
    "labelled": "labeled",
    "behaviour": "behavior",
    "colour": "color",
    "organis": "organiz",
    "recognis": "recogniz",
    "centre": "center",
    "apologis": "apologiz",
    "favour": "favor",
    "offence": "offense",
    "programme": "program",
    "licence": "license",
    "honour": "honor",
    "defence": "defense",
}


def _items_34(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-34 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", sentence)."""
    never = rng.random() < 0.3  # the site never says "comment"
    pool = []
    for headings, sentences in REWORDINGS_34:
        if never:
            headings = tuple(heading for heading in headings if not _says_comment(heading))
            sentences = tuple(variant for variant in sentences if not _says_comment(*variant))
        if headings and sentences:
            pool.append((headings, sentences))
    count = rng.randint(2, 3) if rng.random() < 0.3 else rng.randint(4, 9)
    chosen = rng.sample(pool, count)
    inline = rng.random() < 0.5  # heading and sentence on one line
    between = rng.choice(INLINE_34)
    stop = rng.choice((".", ":", "", ""))  # after a heading on its own line
    caps = rng.random() < 0.25
    bare = rng.random() < 0.2
    marking = rng.random()
    numbers = rng.choice(NUMBERS_34)
    roman = rng.random() < 0.2
    bullet = rng.choice(BULLETS_34)
    items: list[tuple[str, ...]] = []
    for n, (headings, sentences) in enumerate(chosen, 1):
        heading = "" if bare or rng.random() < 0.15 else rng.choice(headings)
        parts = list(rng.choice(sentences))
        if heading:
            if caps:
                heading = heading.upper()
            question = heading.endswith("?")
            if inline:
                parts[0] = heading + (" " if question else between) + parts[0]
                heading = ""
            elif not question:
                heading += stop
        mark = ""
        if marking < 0.3:
            mark = numbers.format(n=ROMAN_34[n - 1] if roman else n)
        elif marking < 0.6:
            mark = bullet
        if mark and heading:
            heading = f"{mark} {heading}"
        elif mark:
            parts[0] = f"{mark} {parts[0]}"
        items.append((heading, *parts))

    def usable(pool: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(line for line in pool if not (never and _says_comment(line)))

    if rng.random() < 0.25:
        items.insert(0, ("", rng.choice(usable(POLICY_INTROS_34))))
    if rng.random() < 0.4:
        items.append(("", rng.choice(usable(POLICY_CLOSINGS_34))))
    if rng.random() < 0.4:
        title = rng.choice(usable(POLICY_TITLES_34))
        items.insert(0, (title.upper() if rng.random() < 0.3 else title, ""))
    if rng.random() < 0.5:
        items = [tuple(_american_with(AMERICAN_34, part) for part in item) for item in items]
    if rng.random() < 0.3:
        items = [tuple(_curly(part) for part in item) for item in items]
    return items


REWORDINGS_35 = (  # (headings, sentence variants: one or two sentences each)
    (
        ("Be civil", "Keep it courteous", "Mind your manners", "Respect one another"),
        (
            ("Treat other readers as you would a neighbour at the harbour shop: disagree if you must, but politely.",),
            ("Argue with the point, not with the person who made it.", "Rudeness is removed whoever started it."),
            ("Write nothing you would not be comfortable saying to someone's face at the Saturday market.",),
            ("Keep your comments polite and free of insults, swearing and sarcasm aimed at other readers.",),
        ),
    ),
    (
        ("Stay on topic", "Keep to the story", "Relevance", "Stick to the subject"),
        (
            ("Posts should relate to the article above; general grievances belong in a letter to the editor.",),
            ("Comments that wander far from the story may be removed.", "Start a new thread in the forum instead."),
            ("Please keep the discussion about the subject of this report and not about other posters.",),
        ),
    ),
    (
        ("No personal attacks", "No harassment", "Play the ball, not the player", "Don't make it personal"),
        (
            (
                "Name-calling, threats and bullying of other users, our reporters or people in the news are not allowed.",
            ),
            ("Harassing another member, on this site or by following them elsewhere, will end in a ban.",),
            ("Do not single out private people named in a story for abuse.", "They did not choose to be in the news."),
        ),
    ),
    (
        ("No hate speech", "Respect all communities", "Hatred is not tolerated", "No bigotry"),
        (
            (
                "Posts attacking people for their tribe, ethnicity, religion, nationality or sexuality are deleted without warning.",
            ),
            (
                "Old quarrels between nations and churches have no place here.",
                "Discuss the news, not whose grandparents were to blame.",
            ),
            ("We remove material that stirs up hatred against any group, including regional and tribal slurs.",),
            ("Remarks insulting migrants, islanders or any other community will be taken down.",),
        ),
    ),
    (
        ("Language", "Write in English", "Which language?", "Languages accepted"),
        (
            (
                "Please post in English so that our moderators can read your contribution.",
                "Posts in Swedish are welcome on our Swedish-language pages.",
            ),
            (
                "This is our English-language page; posts in French, Armenian or Georgian may be held until a translator has read them.",
            ),
            (
                "We accept posts in English, Shona and Ndebele.",
                "Posts in other languages may be held back until they can be checked.",
            ),
        ),
    ),
    (
        ("Elections", "Political campaigning", "Party politics", "During election periods"),
        (
            (
                "Campaign material, party slogans and calls to vote for a candidate will be removed during the election period.",
            ),
            (
                "Political debate is welcome, but posts inciting violence against supporters of any party will be deleted and may be reported to the police.",
            ),
            ("Candidates and their agents must say who they are when posting about the election.",),
        ),
    ),
    (
        ("Crab pots and oyster grounds", "Working the water", "Respect the watermen", "Fishing spots"),
        (
            ("Do not post the locations of other watermen's pots, trotlines or leased oyster grounds.",),
            (
                "Complaints about a neighbour's boat or catch should go to the Natural Resources Police, not to this page.",
            ),
            ("Harvest reports are welcome, but rumours about who is over the limit are not.",),
        ),
    ),
    (
        ("Check before you share", "Rumours", "Facts first", "Layoff talk"),
        (
            (
                "Unconfirmed talk of mine layoffs, shutdowns or plant sales can frighten families.",
                "Please share only what you know to be true.",
            ),
            ("Do not pass on rumours about named employers, workers or union officials as fact.",),
            ("If you have information about a story, contact the newsroom rather than posting it here.",),
        ),
    ),
    (
        ("No soliciting", "Fundraising", "Members' contact details", "Club business"),
        (
            (
                "Please do not use this page to solicit members for businesses, raffles or charities outside the club's own projects.",
            ),
            (
                "Members' phone numbers and home addresses must not be posted; ask the club secretary to pass on messages.",
            ),
            ("Ticket sales for service projects are organised through the club treasurer, not through the bulletin.",),
        ),
    ),
    (
        ("Not veterinary advice", "Sick pets", "Medical questions", "In an emergency"),
        (
            (
                "We cannot diagnose animals through the blog.",
                "If your pet is unwell, please phone the practice or the out-of-hours emergency line.",
            ),
            ("Replies from other pet owners are no substitute for a consultation with a qualified vet.",),
            (
                "Do not recommend medicines, doses or home remedies to other readers.",
                "Some human drugs are poisonous to cats and dogs.",
            ),
        ),
    ),
    (
        ("Photos and videos", "Other climbers' privacy", "Filming in the gym"),
        (
            ("Only post photos or videos of other climbers if they have agreed to it.",),
            ("Please do not share footage of falls or injuries involving other members.",),
            ("Complaints about route setting are best raised with the setting team at the front desk.",),
        ),
    ),
    (
        ("Copyright", "Arrangements and recordings", "Sharing music", "Respect the arrangers"),
        (
            ("Do not upload sheet music, learning tracks or arrangements that you do not own the rights to.",),
            ("Copyrighted photos, articles and recordings posted without permission will be removed.",),
            ("Link to the publisher rather than copying whole articles or scores into your post.",),
        ),
    ),
    (
        ("Selling homebrew", "Alcohol and the law", "No sales", "Over 21s only"),
        (
            ("Offering homebrewed beer, wine or cider for sale is against the law and against our rules.",),
            ("Members must be of legal drinking age to take part in tastings and bottle swaps.",),
            ("Equipment swaps are fine, but arrange collection privately and at your own risk.",),
        ),
    ),
    (
        ("No doxxing", "Fair play", "Keep the trash talk in the game", "Cheats and exploits"),
        (
            (
                "Posting a player's real name, school, address or accounts without permission will get you banned from the league and the forum.",
            ),
            ("Accusations of cheating go to the league admins with evidence, not into public threads.",),
            ("Banter is part of the game, but slurs and threats against players or casters are not.",),
            ("Do not share links to cheats, boosting services or exploits.",),
        ),
    ),
    (
        ("Safety first", "Hazardous waste", "Private land"),
        (
            (
                "If you find needles, drums or chemicals by the river, do not touch them; report them to the council and the organisers.",
            ),
            ("Please do not post directions that lead volunteers onto private land without the owner's permission.",),
            ("Cleanup dates and meeting points are confirmed by email; check there before you set out.",),
        ),
    ),
    (
        ("Bookings and complaints", "Customer service", "Flight disruptions", "Your booking details"),
        (
            (
                "This page cannot change bookings or process refunds.",
                "Please contact our customer service team through the help centre.",
            ),
            ("Never post your booking reference, passport number or boarding pass, even partly hidden.",),
            (
                "For delayed or cancelled flights, the latest information is on the flight status page, not in these threads.",
            ),
        ),
    ),
    (
        ("Your privacy", "Personal data", "How we use your information", "Privacy"),
        (
            ("The email address you register with is never shown publicly or sold to third parties.",),
            (
                "We store your IP address with each post for security and may share it with the police if the law requires.",
            ),
            ("Read our privacy notice to learn how we collect, store and use your personal data.",),
        ),
    ),
    (
        ("Moderation", "Why hasn't my post appeared?", "Pre-moderation", "Approval times"),
        (
            ("Every post is checked by a moderator before it appears, which can take up to 24 hours at weekends.",),
            (
                "Our small team reads submissions during office hours, so please be patient.",
                "Posting the same message twice will not speed it up.",
            ),
            ("Comments containing links are held for review automatically.",),
            ("Moderators work on island time and may not approve your post until the next morning.",),
        ),
    ),
    (
        ("Closing your account", "Deleting your profile", "Leaving the site"),
        (
            (
                "You can close your account at any time from your profile settings.",
                "Your past posts will remain but be shown as from a deleted user.",
            ),
            (
                "To have your account and all its posts removed, email the web team from the address you registered with.",
            ),
            ("Deleted accounts cannot be restored, and the same email address cannot be used again for thirty days.",),
        ),
    ),
    (
        ("Advertising", "No adverts", "Commercial posts", "Spam"),
        (
            (
                "Posts promoting a business, product or website will be removed.",
                "To advertise with us, contact our sales team.",
            ),
            ("Advertisements on this page are chosen by our advertising partners and are not endorsed by the editor.",),
            ("Repeated links to the same website will be treated as spam and the account blocked.",),
        ),
    ),
    (
        ("Spotted a mistake?", "Corrections", "Errors in our reporting", "Report an error"),
        (
            (
                "If you think we have got something wrong, email the newsroom so an editor can check it and correct the story.",
            ),
            ("Corrections are not made from comment threads; please write to the editor directly.",),
            ("Factual errors can be reported using the link at the foot of every article.",),
        ),
    ),
    (
        ("Report abuse", "Flag it", "Seen something wrong?", "Reporting a post"),
        (
            ("Use the report button under any post that breaks these rules, and a moderator will review it.",),
            ("Please do not reply to abusive posts.", "Flag them and let the moderators deal with them."),
            ("Reporting a post does not remove it automatically; each report is read by a member of staff.",),
        ),
    ),
    (
        ("Use your real name", "One account each", "Who you are", "No impersonation"),
        (
            ("Post under your own full name; anonymous and pseudonymous accounts will be suspended.",),
            (
                "Each person may have one account.",
                "Creating new accounts to get round a ban will lead to all of them being closed.",
            ),
            ("Do not pretend to be another person, a public official or a member of staff.",),
        ),
    ),
    (
        ("Our decision is final", "The editor's discretion", "Moderators' decisions"),
        (
            ("The editor may remove any post or suspend any user at any time without giving a reason.",),
            ("Moderators' decisions are final and will not be discussed in public threads.",),
            ("We reserve the right to close a thread when a discussion becomes unmanageable.",),
        ),
    ),
    (
        ("Legal matters", "Defamation", "Ongoing court cases", "Be careful what you allege"),
        (
            ("Do not accuse named people of crimes.", "You can be sued for defamation, and so can we."),
            ("Discussion of stories about court cases may be closed to protect a fair trial.",),
            ("You are legally responsible for what you publish here, as you would be in a printed letter.",),
        ),
    ),
    (
        ("No shouting", "Write clearly", "Keep it readable"),
        (
            ("Posts written entirely in capital letters are hard to read and will be removed.",),
            ("Keep posts short; anything over 300 words may be trimmed or rejected.",),
            ("Please check your spelling and avoid text-speak so that everyone can follow.",),
        ),
    ),
)
POLICY_TITLES_35 = (
    "Discussion rules",
    "Posting guidelines",
    "Before you post",
    "House rules",
    "Comment policy",
    "Community standards",
    "Rules of the forum",
    "Reader discussion guidelines",
    "Posting etiquette",
    "Comments: the rules",
)
POLICY_INTROS_35 = (
    "Before you post, please read our house rules.",
    "We welcome readers' comments on our stories, provided they keep to the rules below.",
    "Our discussion pages are open to registered readers who agree to the following.",
    "By posting on this site you agree to these guidelines.",
    "This is a community space, so help us keep it one worth visiting.",
)
POLICY_CLOSINGS_35 = (
    "The full terms of use are at www.northislesnews.co.uk/terms.",
    "Read the full community guidelines: https://www.rangeherald.com/guidelines",
    "Questions about moderation? Email our moderators at moderators@bayweekly.com.",
    "Our complete terms and conditions are linked at the foot of every page.",
    "Concerns about a comment can be sent to the web editor at web@windhoekdaily.com.na.",
    "See our full Terms of Service and Privacy Policy for more.",
)
NUMBERS_35 = ("{n}.", "{n})", "({n})", "Rule {n}.", "No. {n}", "{n} -", "{r}.")
LETTERS_35 = ("{a}.", "{A})", "({a})")
BULLETS_35 = ("\u2022", "-", "*", "\u25b8", "\u25ba", "\u2713", "\u00b7", "\u25e6", "~", "\u25a0")
INLINE_35 = (": ", " - ", " \u2013 ", " \u2014 ", ". ")
ROMAN_35 = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
AMERICAN_35 = {
    "neighbour": "neighbor",
    "harbour": "harbor",
    "rumour": "rumor",
    "organised": "organized",
    "organisers": "organizers",
    "centre": "center",
    "cancelled": "canceled",
    "adverts": "ads",
    "get round": "get around",
    "out-of-hours": "after-hours",
}


def _items_35(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-35 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", sentence)."""
    plain = rng.random() < 0.3  # a site that never says "comment"
    table = []
    for headings, sentences in REWORDINGS_35:
        if plain:
            headings = tuple(h for h in headings if not _says_comment(h))
            sentences = tuple(s for s in sentences if not _says_comment(*s))
        if headings and sentences:
            table.append((headings, sentences))
    chosen = rng.sample(table, rng.randint(2, 3) if rng.random() < 0.3 else rng.randint(4, 9))
    inline = rng.random() < 0.5  # heading and sentence on the same line
    stop = rng.choice((".", ":", "")) if not inline else rng.choice(INLINE_35)
    capitals = rng.random() < 0.25
    bare = rng.random() < 0.2  # no headings at all
    marks = rng.random()
    if marks < 0.3:
        style = rng.choice(LETTERS_35) if rng.random() < 0.2 else rng.choice(NUMBERS_35)
    elif marks < 0.6:
        style = rng.choice(BULLETS_35)
    else:
        style = ""
    items: list[tuple[str, ...]] = []
    for n, (headings, sentences) in enumerate(chosen, 1):
        heading = "" if bare or rng.random() < 0.15 else rng.choice(headings)
        if capitals:
            heading = heading.upper()
        parts = list(rng.choice(sentences))
        if heading and inline:
            parts[0] = heading + (" " if heading.endswith("?") else stop) + parts[0]
        elif heading:
            parts.insert(0, heading if heading.endswith("?") else heading + stop)
        if style:
            letter = "abcdefghijkl"[n - 1]
            mark = style.format(n=n, r=ROMAN_35[n - 1], a=letter, A=letter.upper())
            parts[0] = f"{mark} {parts[0]}"
        items.append(tuple(parts))
    intros = [line for line in POLICY_INTROS_35 if not (plain and _says_comment(line))]
    closings = [line for line in POLICY_CLOSINGS_35 if not (plain and _says_comment(line))]
    titles = [line for line in POLICY_TITLES_35 if not (plain and _says_comment(line))]
    if rng.random() < 0.25:
        items.insert(0, ("", rng.choice(intros)))
    if rng.random() < 0.4:
        items.append(("", rng.choice(closings)))
    if rng.random() < 0.4:
        title = rng.choice(titles)
        items.insert(0, (title.upper() if rng.random() < 0.3 else title, ""))
    if rng.random() < 0.5:
        items = [tuple(_american_with(AMERICAN_35, part) for part in item) for item in items]
    if rng.random() < 0.3:
        items = [tuple(_curly(part) for part in item) for item in items]
    return items


REWORDINGS_36 = (  # (headings, sentence variants)
    (
        ("Be civil", "Keep it courteous", "Mind your manners", "Respect one another"),
        (
            ("Disagree with ideas, not with the people who hold them.",),
            (
                "Treat other posters as you would a neighbour at the harbour cafe.",
                "Rudeness will be removed without warning.",
            ),
            ("Write as if you were speaking face to face at a public meeting in the town hall.",),
            ("Robust debate is welcome here, but insults, sneering and name-calling are not.",),
        ),
    ),
    (
        ("Stay on topic", "Keep to the subject", "Relevance", "On-topic posts only"),
        (
            ("Comments should relate to the story above; off-topic remarks may be removed.",),
            (
                "Keep the discussion to the subject of the thread.",
                "Start a new thread on the right board for anything else.",
            ),
            ("Posts that wander far from the article will be taken down so the conversation stays useful.",),
        ),
    ),
    (
        ("No personal attacks", "Play the ball, not the player", "Attack arguments, not people"),
        (
            ("Threats, harassment and attacks on other members will lead to a ban.",),
            ("Do not single out other readers, reporters or officials for abuse or mockery.",),
            ("Criticise what someone said, never who they are.", "Repeat offenders lose their posting privileges."),
        ),
    ),
    (
        ("No hate speech", "Respect every community", "Discrimination"),
        (
            ("We remove posts that demean people for their nationality, ethnicity, religion, gender or sexuality.",),
            (
                "Old wartime grievances between nations are not to be fought again in these threads.",
                "Posts that stir up ethnic hatred will be deleted.",
            ),
            ("Slurs about islanders, mainlanders, newcomers or any other group have no place on this site.",),
        ),
    ),
    (
        ("Language", "Which language?", "Write in English"),
        (
            ("Please post in English so that all readers and moderators can follow the discussion.",),
            ("Posts in Portuguese are welcome, but please add a short summary in English.",),
            (
                "Short phrases in Chamorro, Carolinian or Breton are fine.",
                "Whole posts must be in English so that we can moderate them.",
            ),
        ),
    ),
    (
        ("Keep it clean", "No profanity", "Clean language"),
        (
            ("Swearing, including masked or abbreviated swear words, will be filtered or removed.",),
            ("This is a family-friendly league, so keep your language fit for the junior division.",),
            (
                "Our word filter catches most obscenities automatically.",
                "Trying to get around it will get your account suspended.",
            ),
        ),
    ),
    (
        ("Spoilers", "Mark your spoilers", "Playtest material"),
        (
            ("Hide adventure spoilers behind spoiler tags and say which module they come from.",),
            ("Do not share scans or PDFs of our books; link to the store page instead.",),
            (
                "Playtest documents are confidential until release.",
                "Please do not quote them or post them in public threads.",
            ),
        ),
    ),
    (
        ("Advice is not a diagnosis", "Medication advice", "Treating sick fish"),
        (
            ("Members share experience, not veterinary advice; check any treatment with a qualified aquatic vet.",),
            (
                "Before recommending medication, ask for water parameters and tank size.",
                "Never suggest doses you have not used yourself.",
            ),
            ("Posts promoting untested cures or miracle additives will be removed.",),
        ),
    ),
    (
        ("Respect designers", "Copyright", "Sharing patterns"),
        (
            ("Do not post full patterns you did not write; link to the designer's page instead.",),
            ("Photos of your finished work are welcome, but credit the pattern and its designer.",),
            (
                "Copying text or images from other sites without permission is not allowed.",
                "Quote a short extract and link to the source.",
            ),
        ),
    ),
    (
        ("Spirit of the game", "Disputed calls", "Results and calls"),
        (
            (
                "Disagreements about calls belong with the captains and the league's spirit director, not in "
                "public threads.",
            ),
            ("Score reports may be discussed, but naming and shaming individual players is not acceptable.",),
            ("Keep the same spirit online that we expect on the field.",),
        ),
    ),
    (
        ("Private property", "Tree locations", "Safety first"),
        (
            ("Do not post the addresses of private gardens or ask volunteers to prune trees on private land.",),
            ("To report a fallen or dangerous tree, call the city's tree line rather than posting here.",),
            (
                "Planting days are announced by the coordinators.",
                "Please do not organise unofficial digs on city land through this board.",
            ),
        ),
    ),
    (
        ("Service problems", "Delays and incidents", "Safety concerns"),
        (
            (
                "This board is not monitored by the railway; report delays and faults through the official customer line.",
            ),
            ("If you see something unsafe on a platform or train, contact the transit police first and post later.",),
            ("Complaints naming a conductor or any other member of staff will be removed.",),
        ),
    ),
    (
        ("Fishing reports", "Openings and closures", "Vessel information"),
        (
            ("Openings, closures and quotas are set by the state; check the official announcements before you fish.",),
            ("Do not post another boat's position, catch figures or crew details without their permission.",),
            (
                "Rumours about emergency closures spread fast.",
                "Please link to the announcement or keep them to yourself.",
            ),
        ),
    ),
    (
        ("Research questions", "Medical questions", "Embargoes and preprints"),
        (
            ("Our researchers cannot answer individual medical questions here, so please speak to your own doctor.",),
            ("Questions about a study are welcome, and we pass the best ones on to the research team.",),
            (
                "Results described in preprints have not yet been peer reviewed.",
                "Please do not present them as settled findings.",
            ),
        ),
    ),
    (
        ("Protect your details", "Membership questions", "Pledges and payments"),
        (
            ("Never post card numbers, pledge receipts or your member number in a public thread.",),
            ("For questions about your membership or thank-you gifts, contact member services directly.",),
        ),
    ),
    (
        ("Your privacy", "Personal information", "Privacy"),
        (
            ("Do not share your own or anyone else's phone number, home address or email address.",),
            (
                "We store the email address you register with, but never publish or sell it.",
                "Our privacy notice explains how long we keep it.",
            ),
            ("Photos of children may only be posted with a parent's consent.",),
        ),
    ),
    (
        ("Moderation", "Why hasn't my post appeared?", "Delays"),
        (
            ("Posts are read by a moderator before they appear, which can take up to a day at weekends.",),
            ("Our volunteers approve new posts during office hours, so expect a delay overnight.",),
            (
                "First posts from new accounts are held for approval.",
                "Please do not submit the same post more than once.",
            ),
        ),
    ),
    (
        ("Closing your account", "Deleting your account", "Leaving the forum"),
        (
            (
                "You can close your account at any time from your profile settings.",
                "Your past posts will be anonymised rather than removed.",
            ),
            ("To have your account and posts deleted, email the moderators from the address you registered with.",),
            ("Deleted accounts cannot be restored, and their usernames are not released for reuse.",),
        ),
    ),
    (
        ("No advertising", "Spam", "Selling"),
        (
            ("Posts promoting businesses, fundraisers or websites without permission will be removed as spam.",),
            ("Yarn destashes and tank sales belong in the marketplace thread, not in general discussion.",),
            ("Links to commercial sites are removed.", "Accounts created only to advertise are banned."),
        ),
    ),
    (
        ("Spotted an error?", "Corrections", "Tell the newsroom"),
        (
            (
                "If you find a mistake in a story, email the news desk so it can be corrected instead of posting it below.",
            ),
            ("Factual errors should be reported to the editor; we publish corrections on page two and online.",),
            (
                "Our moderators cannot edit or correct articles.",
                "Send corrections and news tips to the newsroom using the contact form.",
            ),
        ),
    ),
    (
        ("Report abuse", "Flag it", "Seen something wrong?"),
        (
            ("Use the report link under any post that breaks these rules; replying to it only feeds the argument.",),
            ("Reported posts are reviewed by a moderator, usually within a few hours.",),
        ),
    ),
    (
        ("Use your real name", "One account each", "Identity"),
        (
            ("We ask contributors to post under their full real name.",),
            ("Each person may hold one account; duplicate accounts will be merged or closed.",),
            ("Impersonating another reader, a public figure or a member of staff will get you banned.",),
        ),
    ),
    (
        ("Legal matters", "Court cases", "Defamation"),
        (
            ("Do not speculate about the guilt of anyone charged with a crime while a trial may still be to come.",),
            (
                "You are legally responsible for what you post.",
                "Defamatory claims will be removed and may be passed on to the authorities if the law requires it.",
            ),
            ("Do not name victims or young people involved in court cases.",),
        ),
    ),
    (
        ("Our decision is final", "Editor's discretion", "Moderators' decisions"),
        (
            ("The editors may remove any post or close any thread without giving a reason.",),
            ("These rules may change, and moderators' decisions are final.", "Appeals can be made by email."),
        ),
    ),
    (
        ("Emergencies", "Storm season", "Urgent situations"),
        (
            (
                "During typhoon warnings, follow official civil defence guidance rather than advice posted by other readers.",
            ),
            ("This board is not an emergency service; in an emergency, dial 911.",),
        ),
    ),
)
POLICY_TITLES_36 = (
    "Discussion rules",
    "Posting guidelines",
    "Before you post",
    "House rules",
    "Community standards",
    "Our comment policy",
    "Reader comments: the rules",
    "Forum etiquette",
    "Read this before posting",
)
POLICY_INTROS_36 = (
    "We welcome your views, but please keep to a few simple rules.",
    "This board is run by volunteers, so please help us by following these guidelines.",
    "By posting on this site you agree to the following.",
    "Comments are moderated, so please read the guidelines below before you join the conversation.",
)
POLICY_CLOSINGS_36 = (
    "Read our full terms of use at the link below.",
    "The full community guidelines are on our Terms of Service page.",
    "Questions about these rules? Write to editor@sandhillsweekly.com.",
    "See the full posting policy and privacy notice at the foot of this page.",
    "Read the full terms of use at www.islandtimesguam.com/terms",
    "Contact the moderation team at community@railriders.org with any concerns about a comment.",
)
NUMBERS_36 = ("{}.", "{})", "({})", "#{}", "{} -", "{} \u2013")
BULLETS_36 = ("\u2022", "-", "*", "\u203a", "\u25a0", "\u25e6", "\u2714", ">")
HEADING_JOINS_36 = (": ", " - ", " \u2013 ", " \u2014 ", ". ")
AMERICAN_36 = {
    "neighbour": "neighbor",
    "harbour": "harbor",
    "criticise": "criticize",
    "anonymised": "anonymized",
    "organise": "organize",
    "defence": "defense",
    "rumours": "rumors",
}


def _items_36(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-36 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", sentence)."""
    plain = rng.random() < 0.3  # a site that never says "comment"
    kinds = list(REWORDINGS_36)
    titles, intros, closings = POLICY_TITLES_36, POLICY_INTROS_36, POLICY_CLOSINGS_36
    if plain:
        kinds = [
            (
                tuple(h for h in headings if not _says_comment(h)),
                tuple(v for v in variants if not _says_comment(*v)),
            )
            for headings, variants in kinds
        ]
        kinds = [(headings, variants) for headings, variants in kinds if headings and variants]
        titles = tuple(t for t in titles if not _says_comment(t))
        intros = tuple(t for t in intros if not _says_comment(t))
        closings = tuple(t for t in closings if not _says_comment(t))
    count = rng.randint(2, 3) if rng.random() < 0.3 else rng.randint(4, 9)
    chosen = rng.sample(kinds, count)
    inline = rng.random() < 0.5  # the heading before the sentence on the same line
    stop = rng.choice((".", ":", ""))  # after a heading on its own line
    join = rng.choice(HEADING_JOINS_36)
    caps = rng.random() < 0.25
    bare = rng.random() < 0.2
    marking = rng.random()
    mark = rng.choice(NUMBERS_36) if marking < 0.3 else rng.choice(BULLETS_36) if marking < 0.6 else ""
    items: list[tuple[str, ...]] = []
    for number, (headings, variants) in enumerate(chosen, 1):
        heading = "" if bare or rng.random() < 0.15 else rng.choice(headings)
        if caps:
            heading = heading.upper()
        sentences = list(rng.choice(variants))
        if heading and inline:
            sentences[0] = heading + (" " if heading.endswith("?") else join) + sentences[0]
            heading = ""
        elif heading and not heading.endswith("?"):
            heading += stop
        parts = [heading, *sentences]
        if mark:
            first = 0 if heading else 1
            parts[first] = mark.format(number) + " " + parts[first]
        items.append(tuple(parts))
    if intros and rng.random() < 0.25:
        items.insert(0, ("", rng.choice(intros)))
    if closings and rng.random() < 0.4:
        items.append(("", rng.choice(closings)))
    if rng.random() < 0.4:
        title = rng.choice(titles)
        items.insert(0, (title.upper() if rng.random() < 0.3 else title, ""))
    if rng.random() < 0.5:
        items = [tuple(_american_with(AMERICAN_36, part) for part in item) for item in items]
    if rng.random() < 0.3:
        items = [tuple(_curly(part) for part in item) for item in items]
    return items


REWORDINGS_37 = (  # (headings, sentence variants)
    (
        ("Be civil", "Keep it respectful", "Mind your manners"),
        (
            ("Disagree with the idea, not the person who posted it.",),
            ("Treat other readers as you would a neighbour at the post office counter.",),
            (
                "Name-calling, taunts and sneering replies will be taken down.",
                "Make your point and let others make theirs.",
            ),
        ),
    ),
    (
        ("Stay on the story", "Keep to the subject", "On topic, please"),
        (
            ("Posts should be about the article above, not a grievance from another thread.",),
            ("Replies that wander far from the subject of the piece may be hidden by the moderators.",),
            ("If you want to raise something else, write to the editor instead of hijacking this discussion.",),
        ),
    ),
    (
        ("No threats or harassment", "Harassment", "Threats"),
        (
            (
                "Threatening, stalking or repeatedly targeting another user will get your account suspended without warning.",
            ),
            (
                "We do not tolerate harassment of any kind.",
                "Threats of violence are passed to the police.",
            ),
            ("Following someone from thread to thread to pick fights with them counts as harassment here.",),
        ),
    ),
    (
        ("Surf spots and localism", "Local breaks", "Respect the lineup"),
        (
            (
                "Please do not name secret breaks or post directions to them.",
                "Posts that encourage driving visitors out of the water will be removed.",
            ),
            ("Localism, threats against out-of-town surfers and talk of slashing tyres have no place on this page.",),
            ("Swell and tide talk is welcome; naming who dropped in on whom is not.",),
        ),
    ),
    (
        ("Language of posts", "Which language?", "Write in English"),
        (
            (
                "Posts must be in English so that our moderators can read them; short phrases in Polish or Lithuanian are fine.",
            ),
            (
                "Write in English or in French.",
                "Posts in Wolof or other languages are welcome when a translation follows.",
            ),
            ("We moderate in English and Samoan only, so posts in other languages may wait longer for approval.",),
        ),
    ),
    (
        ("Politics back home", "Old quarrels", "National disputes"),
        (
            (
                "Arguments about governments and parties in the old country belong on other forums, not under a parish dinner notice.",
            ),
            (
                "Do not insult anyone's nationality, village or church.",
                "We are one diaspora here, whatever our families' histories.",
            ),
        ),
    ),
    (
        ("Ethnic, religious and brotherhood insults", "No tribalism", "Respect every faith"),
        (
            (
                "Insults aimed at an ethnic group, a religious brotherhood or a region will be deleted and the author banned.",
            ),
            (
                "Do not stir up hatred between communities.",
                "Posts that blame a whole people for the acts of a few will not be published.",
            ),
            ("Mocking a marabout, an imam, a pastor or anyone's faith is not allowed on this site.",),
        ),
    ),
    (
        ("Respect for families and titles", "Fa'aaloalo", "Matai and families"),
        (
            ("Do not attack a family, a village council or a titleholder by name.",),
            (
                "Disputes over titles and land belong before the Land and Titles court, not in this space.",
                "Posts that argue such disputes will be removed.",
            ),
            ("Speak of elders and chiefs with the respect you would show them at a fono.",),
        ),
    ),
    (
        ("Accidents and grieving families", "Mine accidents", "Grief"),
        (
            ("When a story concerns a death or a mine accident, remember that the family may be reading.",),
            (
                "We close discussion on obituaries and on reports of fatal accidents.",
                "Condolences can be sent through the funeral home.",
            ),
            ("Speculation about the cause of an accident before investigators report will be removed.",),
        ),
    ),
    (
        ("Logging, mills and wildfire", "Timber and fire", "Fire season"),
        (
            (
                "Argue about harvest plans and the mill as hard as you like, but leave loggers' and activists' families out of it.",
            ),
            (
                "During an active fire, do not post evacuation rumours.",
                "Follow the county sheriff and the fire district for orders.",
            ),
        ),
    ),
    (
        ("Choir members and recordings", "Singers' privacy", "Recordings of services"),
        (
            ("Please do not upload recordings of services or name the choristers, many of whom are children.",),
            (
                "Reviews of a performance are welcome.",
                "Criticism of an individual singer, organist or chorister is not.",
            ),
            ("Music for the liturgy is discussed here; complaints about the clergy go to the cathedral office.",),
        ),
    ),
    (
        ("Student athletes are kids", "Players are minors", "Cheer, don't jeer"),
        (
            ("Never criticise a student athlete by name.",),
            (
                "Remember that our players are minors.",
                "Posts about a player's weight, grades, family or playing time will be deleted and the poster blocked.",
            ),
            ("Cheer for our teams, and for the visitors too; booing in print is still booing.",),
        ),
    ),
    (
        ("Referees and coaches", "Officials", "Coaching decisions"),
        (
            (
                "Complaints about an official's call or a coach's line-up go to the athletic director, not to this page.",
            ),
            ("Officials are volunteers and parents too; abuse of referees will not be published.",),
        ),
    ),
    (
        ("Race protests", "Results and protests", "Racing disputes"),
        (
            (
                "Protests must be lodged with the race committee in writing.",
                "Arguing a protest here will not change a result and may be removed.",
            ),
            ("Provisional results are posted on the clubhouse board; please report errors to the sailing secretary.",),
        ),
    ),
    (
        ("Weather and safety on the water", "Sea conditions", "Safety first"),
        (
            (
                "Never rely on a post here for weather or sea conditions; check the official marine forecast before you go out.",
            ),
            ("If a boat is in trouble, call the coastguard on VHF channel 16, then tell us afterwards.",),
        ),
    ),
    (
        ("Living persons", "Privacy of the living", "Family trees"),
        (
            ("Do not post names, birth dates or addresses of living people without their consent.",),
            (
                "Trees shared here should show only deceased individuals.",
                "Living relatives must be marked private.",
            ),
        ),
    ),
    (
        ("Cite your sources", "Sources", "Where did you find it?"),
        (
            ("When you share a record, say where it came from: a parish register, a census page or a passenger list.",),
            ("Undocumented claims about descent will be queried by the moderators before they appear.",),
            ("Family stories are welcome, but please mark them as stories and not as documented fact.",),
        ),
    ),
    (
        ("Trees, sales and collecting", "Buying and selling", "Collected material"),
        (
            (
                "Trees and pots may be offered for sale only in the monthly sales thread.",
                "Give a price and your town.",
            ),
            ("Do not ask for or share locations where trees can be dug from wild or public land without a permit.",),
            ("Advice on wiring and repotting is welcome; pushing your own nursery in every reply is not.",),
        ),
    ),
    (
        ("Cheats, exploits and leaks", "No hacks", "Datamines and leaks"),
        (
            (
                "Do not share modded clients, account sellers or links to exploits; they break the game's terms and get accounts banned.",
            ),
            (
                "Leaked content must be marked as a spoiler.",
                "Edits that copy unreleased assets onto wiki pages will be reverted.",
            ),
            ("Bug workarounds are fine; instructions for duplicating items or currency are not.",),
        ),
    ),
    (
        ("Referral and friend codes", "Codes", "Promo codes"),
        (
            (
                "Post friend and referral codes only on the codes page, one per account, and never in replies on article pages.",
            ),
            ("Trading, selling or begging for accounts, gems or gift codes will get you blocked.",),
        ),
    ),
    (
        ("Roost locations", "Protect the roosts", "Sensitive sites"),
        (
            (
                "Never give the location of a roost or hibernation site.",
                "Disturbing bats is a criminal offence and posts that risk it will be removed.",
            ),
            ("Describe where you saw bats by district only, not by building, cave or grid reference.",),
        ),
    ),
    (
        ("Found a grounded bat?", "Injured bats", "Handling bats"),
        (
            (
                "Do not handle a bat with bare hands.",
                "Ring the national bat helpline rather than waiting for a reply here.",
            ),
            (
                "Questions about a sick or injured bat cannot be answered on this page; contact your local carer straight away.",
            ),
        ),
    ),
    (
        ("Drivers and staff", "Operators are workers too", "Complaints about drivers"),
        (
            (
                "Do not post the names, photos or badge numbers of operators; our fight is with the agency, not with drivers.",
            ),
            (
                "File a complaint about a particular trip with the transit agency.",
                "Include the route, the stop and the time.",
            ),
        ),
    ),
    (
        ("Fellow riders", "Respect riders", "No shaming"),
        (
            ("Photos of other riders, including people sleeping or in distress, will be removed.",),
            ("Posts that blame homeless riders or riders with disabilities for service cuts are not welcome here.",),
        ),
    ),
    (
        ("Your privacy", "Privacy", "Your data"),
        (
            (
                "Your email address is never shown on the site; we use it only to tell you about replies and account changes.",
            ),
            (
                "We log the IP address of every post.",
                "It is kept for ninety days and shared only when the law requires it.",
            ),
            ("Read our privacy notice to learn what we collect when you register and how long we keep it.",),
        ),
    ),
    (
        ("Moderation delays", "Why isn't my post showing?", "Pending approval"),
        (
            (
                "Posts from new members are held until a volunteer approves them, which can take a day or more at weekends.",
            ),
            (
                "Our moderators are part-time volunteers with day jobs.",
                "Posts sent after 6pm may not appear until the next morning.",
            ),
            ("Links and long posts are held automatically for review; please do not send the same post twice.",),
        ),
    ),
    (
        ("Closing your account", "Deleting your account", "Leaving"),
        (
            (
                "You can close your account at any time from your profile page; your posts will then show as from a former member.",
            ),
            (
                "To have your account and posts deleted, email the web editor from the address you registered with.",
                "We act on requests within thirty days.",
            ),
        ),
    ),
    (
        ("Advertising", "Ads on this page", "Sponsored content"),
        (
            (
                "Advertisements on this page are placed by an outside network; we do not endorse the products they show.",
            ),
            (
                "Advertising pays for this site and its reporting.",
                "If an advert seems misleading or offensive, send us a screenshot and we will look into it.",
            ),
            ("Sponsored stories are always labelled as such; our reporters do not write them.",),
        ),
    ),
    (
        ("Spotted a mistake?", "Corrections", "Errors in a story"),
        (
            (
                "If you find an error in one of our stories, email the newsroom rather than posting it here, so it can be corrected.",
            ),
            ("Corrections are made by the editor; point out the mistake and the source that shows it.",),
            (
                "Factual errors should be reported to our news desk.",
                "Corrections are noted at the foot of the story.",
            ),
        ),
    ),
    (
        ("Report abuse", "Flag it", "Reporting a post"),
        (
            ("Use the flag button under a post that breaks these rules instead of replying to it.",),
            (
                "See something that breaks the rules?",
                "Report it and a moderator will review it, usually within a day.",
            ),
        ),
    ),
    (
        ("Spam and self-promotion", "No spam", "Links"),
        (
            ("Repeated links to your own business, channel or fundraiser will be removed as spam.",),
            ("Chain messages, pyramid schemes and posts offering loans or work from home are deleted on sight.",),
        ),
    ),
    (
        ("Our decision is final", "Editors' discretion", "The last word"),
        (
            (
                "We may remove any post or suspend any account at our discretion, and we will not argue about it in public.",
            ),
            ("The editor's decision on what is published is final; appeals can be made by email.",),
        ),
    ),
    (
        ("Real names", "Who you are", "One account each"),
        (
            ("Post under your real first name and surname; posts signed with nicknames will not be approved.",),
            (
                "Only one account per person is allowed.",
                "Accounts created to get round a ban will be closed with the original.",
            ),
        ),
    ),
)
POLICY_TITLES_37 = (
    "Discussion Rules",
    "Posting Guidelines",
    "Before You Post",
    "Comment Guidelines",
    "House Rules",
    "Forum Etiquette",
    "Reader Participation Policy",
    "Rules of the Board",
    "Our Comment Rules",
    "Community Standards",
)
POLICY_INTROS_37 = (
    "Please read these rules before you post.",
    "Our discussion boards are moderated by volunteers, and we ask everyone to follow a few simple rules.",
    "By posting on this site you agree to the following.",
    "Comments are welcome on most stories, subject to these guidelines.",
    "We want this to be a friendly place for everyone who reads it.",
)
POLICY_CLOSINGS_37 = (
    "Read the full terms of use at the link below.",
    "The complete posting guidelines are on our Terms of Use page.",
    "Questions about these rules? Write to moderators@example.org.",
    "Full house rules: see Terms and Conditions at the foot of this page.",
    "Contact the web editor at web@example.com with any concerns about a comment.",
    "These guidelines form part of our terms of service, which you can read in full on the About page.",
)
NUMBERS_37 = ("{}.", "{})", "({})", "{} -", "No. {}", "Rule {}:", "{}/", "#{}")
BULLETS_37 = ("\u2022", "-", "*", "\u203a", "\u25aa", "~", "\u00bb", "\u2219")
INLINE_37 = (": ", " - ", " \u2013 ", " \u2014 ", ". ", " | ")
AMERICAN_37 = {
    "neighbour": "neighbor",
    "tyres": "tires",
    "rumours": "rumors",
    "criticise": "criticize",
    "offence": "offense",
    "labelled": "labeled",
    "advert ": "ad ",
    "line-up": "lineup",
    "at weekends": "on weekends",
    "coastguard": "Coast Guard",
}


def _items_37(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-37 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", sentence)."""
    never_comment = rng.random() < 0.3  # a site whose policy never says "comment"
    kinds = REWORDINGS_37
    if never_comment:
        kinds = tuple(
            (
                tuple(heading for heading in headings if not _says_comment(heading)),
                tuple(variant for variant in sentences if not _says_comment(*variant)),
            )
            for headings, sentences in REWORDINGS_37
        )
        kinds = tuple((headings, sentences) for headings, sentences in kinds if headings and sentences)
    count = rng.randint(2, 3) if rng.random() < 0.3 else rng.randint(4, 9)
    chosen = rng.sample(kinds, count)
    inline = rng.random() < 0.5  # heading and sentence on one line
    join = rng.choice(INLINE_37)
    stop = rng.choice((".", ":", "", ""))  # after a heading on its own line
    capitals = rng.random() < 0.25
    bare = rng.random() < 0.2  # no headings at all
    marking = rng.random()
    if marking < 0.3:
        number = rng.choice(NUMBERS_37)
        marks = [number.format(n) + " " for n in range(1, len(chosen) + 1)]
    elif marking < 0.6:
        bullet = rng.choice(BULLETS_37)
        marks = [bullet + " "] * len(chosen)
    else:
        marks = [""] * len(chosen)
    items: list[tuple[str, ...]] = []
    for mark, (headings, sentences) in zip(marks, chosen, strict=True):
        heading = "" if bare or rng.random() < 0.15 else rng.choice(headings)
        if capitals:
            heading = heading.upper()
        variant = list(rng.choice(sentences))
        if len(variant) > 1 and rng.random() < 0.3:
            variant = variant[:1]
        if not heading:
            variant[0] = mark + variant[0]
            items.append(("", *variant))
        elif inline:
            joiner = " " if heading.endswith("?") else join
            variant[0] = mark + heading + joiner + variant[0]
            items.append(("", *variant))
        else:
            if not heading.endswith("?"):
                heading += stop
            items.append((mark + heading, *variant))
    if rng.random() < 0.25:
        intros = [line for line in POLICY_INTROS_37 if not (never_comment and _says_comment(line))]
        items.insert(0, ("", rng.choice(intros)))
    if rng.random() < 0.4:
        closings = [line for line in POLICY_CLOSINGS_37 if not (never_comment and _says_comment(line))]
        items.append(("", rng.choice(closings)))
    if rng.random() < 0.4:
        titles = [line for line in POLICY_TITLES_37 if not (never_comment and _says_comment(line))]
        title = rng.choice(titles)
        items.insert(0, (title.upper() if rng.random() < 0.3 else title, ""))
    if rng.random() < 0.5:
        items = [tuple(_american_with(AMERICAN_37, part) for part in item) for item in items]
    if rng.random() < 0.3:
        items = [tuple(_curly(part) for part in item) for item in items]
    return items


def _curly(text: str) -> str:
    while text.count('"') >= 2:
        text = text.replace('"', "\u201c", 1).replace('"', "\u201d", 1)
    return text.replace("'", "\u2019")


def _american(text: str) -> str:
    return _american_with(AMERICAN_6, text)


def _american_with(spellings: dict[str, str], text: str) -> str:
    """``text`` in American spelling by one family's table (each word as printed and capitalised)."""
    for british, american in spellings.items():
        text = text.replace(british, american).replace(british.capitalize(), american.capitalize())
    return text


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


def score(docs: list[tuple[list[str], list[bool]]], show: bool = False) -> dict[str, float | int]:
    true_pos = false_pos = false_neg = exact = 0
    for lines, is_article in docs:
        output = cleantext.clean("\n".join(lines) + "\n")
        out_lines = [" ".join(line.split()) for line in output.split("\n")]
        out_set, out_text = set(out_lines), " ".join(out_lines)
        wanted = "".join(
            cleantext.repair(line).strip() + "\n" for line, keep in zip(lines, is_article, strict=True) if keep
        )
        exact += output == wanted
        for line, keep in zip(lines, is_article, strict=True):
            kept = line_is_kept(line, out_set, out_text, cleantext.repair)
            if keep and not kept:
                false_pos += 1
                if show:
                    print(f"LOST   {line[:110]!r}")
            elif not keep and kept:
                false_neg += 1
                if show:
                    print(f"MISSED {line[:110]!r}")
            elif not keep:
                true_pos += 1
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
