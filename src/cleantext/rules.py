"""Chrome rules, as data: what site furniture looks like, each rule with the reason it reports.

A rule is a regular expression (the ``regex`` module, case-insensitive; ``(?-i:...)`` marks the parts
where case matters) searched in one paragraph
of text -- a line, or several lines of one hard-wrapped paragraph joined by spaces -- with its
surrounding white space stripped. ``max_words`` bounds the paragraphs a rule may touch: article
sentences are long, chrome is short, so most rules only look at short paragraphs, and only rules
whose pattern cannot describe prose may remove long ones.

Chrome of other shapes than one paragraph -- a notice of several sentences (:class:`Notice`), a
comment thread (:class:`Thread`), a box of other stories' headlines (:class:`Teasers`) -- is data of
:mod:`cleantext.shapes`, named here too.

The step that applies the rules lives in :mod:`cleantext.chrome` (its engine in
:mod:`cleantext.chrome_engine`); nothing here runs.
To add a rule, append a :class:`Rule` to a tuple and pass it as ``strip_chrome(text, rules=...)``
(a notice: ``strip_chrome(text, notices=...)``, and so on).
"""

from __future__ import annotations

from dataclasses import dataclass

from .shapes import DEFAULT_NOTICES, DEFAULT_TEASERS, DEFAULT_THREADS, Notice, Teasers, Thread

__all__ = [
    "ATTRIBUTION",
    "CITATION",
    "DEFAULT_NOTICES",
    "DEFAULT_RULES",
    "DEFAULT_TEASERS",
    "DEFAULT_THREADS",
    "MACHINERY",
    "SOURCES_HEADING",
    "Notice",
    "Rule",
    "Teasers",
    "Thread",
]


@dataclass(frozen=True, slots=True)
class Rule:
    """One kind of chrome: a reason label, a pattern, and the longest paragraph it may remove.

    ``name`` tells apart rules that share a label; it defaults to the label.
    """

    label: str
    pattern: str
    max_words: int | None = 12
    name: str = ""

    def __post_init__(self) -> None:
        if not self.name:
            object.__setattr__(self, "name", self.label)


# Words that make up share/follow bars when a line holds nothing else.
_SOCIAL = (  # "x" alone is a letter and "Delicious" a word, not networks: the bar rule needs another word with them
    r"share|shares|sharing|tweet|tweets|email|e-mail|mail|print|pin|pin it|save|copy link|link|"
    r"facebook|twitter|x|instagram|linkedin|pinterest|reddit|tumblr|whatsapp|telegram|youtube|"
    r"tiktok|flipboard|messenger|snapchat|google\+?|sms|comments?|rss|like|follow|follow us|vk|vkontakte|"
    r"odnoklassniki|weibo|wechat|line|viber|xing|pint|baixar|compartilhar|compartir|partager|teilen|"
    r"imprimir|imprimer|drucken|enviar|envoyer|tweeten|condividi|"
    r"share this|share on|share via|share story|share article|share this (?:article|story|post)|more sharing(?: options)?|"
    # the bookmarking services of the 2000s that old pages' bars still print, each checked on the labelled pages
    r"del\.icio\.us|delicious|digg(?: it| this)?!?|stumble ?upon|stumble it!?|technorati|newsvine|fark(?: it)?!?"
)
_SOCIAL_NETWORK = r"facebook|twitter|instagram|linkedin|pinterest|youtube|tiktok|x|threads|bluesky|reddit"
#: The account's links a page prints in a row ("Log in | Subscribe").
_ACCOUNT_LINK = r"log ?in|sign ?in|register|sign up|subscribe|log ?out|sign ?out|my account"

#: A sign of reported speech. A sentence (eight words or more, ending a sentence) that attributes
#: what it says is article text, whatever chrome words it holds: no rule removes it
#: ("Comments are closed on the proposal until March, the clerk said."; "Follow us on Twitter for
#: updates, the mayor urged ..."). Past tenses only, besides "says" and "tells": chrome speaks to the
#: reader in the present ("you acknowledge", "we suggest"), a report tells what someone did.
ATTRIBUTION = (
    r"\b(?:said|says|told|tells|according to|admitted|warned|added|noted|explained|reported|wrote|"
    r"argued|announced|confirmed|insisted|stated|testified|urged|joked|quipped|asked|replied|answered|"
    r"recalled|remarked|observed|conceded|acknowledged|cautioned|stressed|declared|claimed|complained|"
    r"pleaded|promised|predicted|suggested|countered|responded|concluded|boasted|lamented|mused|"
    r"shouted|whispered|tweeted)\b"
)

#: Signs that code runs the page rather than being shown to the reader (see :mod:`cleantext.codeblocks`):
#: HTML comment, CDATA and script wrappers, writing into the page or loading a script, the queue
#: idiom of third-party loaders ("window._x = window._x || []": the name read whole and once, from
#: where it begins, so that a long dotted run costs linear time), and the globals and hosts of ad,
#: analytics, consent, comment and share services. Searched (case matters) in code lines only.
MACHINERY = (
    r"<!--|-->|<!\[CDATA\[|\]\]>|(?i:</?(?:script|noscript|style)\b)|\bdocument\.write(?:ln)?\s*\(|"
    r"\b(?:createElement|getElementsByTagName)\(\s*['\"](?:script|head)['\"]|"
    r"(?<![\w$.])([\w$]++(?:\.[\w$]++)*+)\s*=\s*\1\s*\|\||"
    r"\b(?:googletag|GA_google\w*|google_ad_\w+|adsbygoogle|_gaq|gtag|dataLayer|_qevents|_comscore|COMSCORE|"
    r"fbq|fbAsyncInit|twttr|_taboola|OBR|disqus_\w+|DISQUS|s_account|_sf_async_config|PARSELY|NREUM|_hjSettings|"
    r"_paq|amzn_assoc_\w+|addthis_\w+|stLight|pbjs|apstag|OAS_\w+|_uacct|urchinTracker|__gads|jwplayer|__tcfapi|"
    r"__cmp|OneTrust|Optanon|Cookiebot|_linkedin_partner_id)\b|\bFB\.init\b|\bga\(\s*['\"](?:create|send|set)|"
    r"facebook-jssdk|connect\.facebook\.net|platform\.twitter\.com|googletagmanager\.com|googletagservices\.com|"
    r"google-analytics\.com|googlesyndication\.com|doubleclick\.net|scorecardresearch\.com|quantserve\.com|"
    r"\.taboola\.com|\.outbrain\.com|disqus\.com/embed"
)


#: A heading that opens an article's list of its sources, and what an entry of that list holds (a link,
#: a domain, a year, or a sentence's end): such a list at the article's end is the article's
#: (:mod:`cleantext.structure`), and a bare link in it is a citation, not chrome (:mod:`cleantext.chrome`).
SOURCES_HEADING = (
    r"(?:sources?|references?|bibliography|citations?|works cited|further reading|notes and references)\W*"
)
CITATION = r"https?://|\bwww\.|\b[\w-]{1,63}\.(?:com|org|net|gov|edu|int|info|io|co\.uk)\b|\b(?:1[89]|20)\d\d\b|[.!?][\"”’)\]]?\s*$"

DEFAULT_RULES: tuple[Rule, ...] = (
    # --- comments ----------------------------------------------------------------------------
    Rule(
        "comment-policy",
        # the TownNews/BLOX policy's items, when a paragraph begins with one (the policy however
        # wrapped, and its items inside other text, are the notice's: DEFAULT_NOTICES)
        r"^keep it clean\W+please avoid|^please turn off your caps lock|"
        r"^don'?t threaten\W+threats of harming|^threats of harming another person will not be tolerated|"
        r"^be truthful\W+don'?t knowingly lie|^be nice\W+no racism|^be proactive\W+use the|"
        r"^use the .report. link on each comment|^share with us\W+we'?d love to hear|"
        # a sentence of the notice, not one about it: it begins a sentence and ends soon
        # ("Comments are moderated." / "Comments are moderated because readers had posted threats ...")
        r"(?:^|[.!?]\s+)(?:all )?comments? (?:are|is) (?:moderated|reviewed|closed)\b[^.!?]{0,40}(?:[.!?]|$)|"
        r"by (?:posting|submitting) (?:a|your) comment|"
        r"we reserve the right to (?:remove|delete|edit) (?:any )?comments|"
        r"(?:^|[.!?]\s+)comments? (?:that|which) (?:violate|are abusive)\b[^.!?]{0,60}(?:[.!?]|$)|"
        r"community (?:guidelines|standards)\W*$|"
        r"^comments are subject to\b|please be respectful of other commenters|"
        r"^(?:blog )?comments powered by disqus|^you must be logged in to (?:(?:post|leave) a comment|react)\b|"
        r"^you (?:must|need to|have to) (?:be )?(?:log(?:ged)? ?in|sign(?:ed)? ?in|register(?:ed)?)"
        r"(?: or (?:create an account|register|sign up))? to (?:post a |leave a |add a |make a )?comments?\W*$|"
        r"^leave a reply(?: cancel reply)?\W*$|^your email address will not be published|"
        # a Q&A site's guidance beside its answer box
        r"^please be sure to answer the question\. provide details and share your research\W*$|"
        r"^asking for help, clarification, or responding to other answers\W*$|"
        r"^making statements based on opinion; back them up with references or personal experience\W*$|"
        r"^to learn more, see our tips on writing great answers\W*$",
        max_words=None,
    ),
    Rule(
        "comment-counter",
        r"^[\(\[]?\d+[\)\]]?\s*(?:comments?|replies|responses)\b\W*$|"
        r"^(?:view|show|hide|read|load|see|add|post|leave|write|join)(?: all| more| the| a| your| \d+)?"
        r"\s*(?:comments?|replies|conversation|discussion)\b.{0,20}$|"
        r"^(?:(?:readers?'?|users?|visitors?) )?comments?\s*[:\(\[]?\s*\d*[\)\]]?\W*$|^welcome to the discussion\W*$|"
        r"^join the (?:conversation|discussion)\W*$|"
        r"^(?:stop watching|watch) this discussion\W*$|"
        r"^\d+\s+comments?\s*»?$|\|\s*\d+ comments?\s*»?\s*$",
        max_words=8,
    ),
    # A comment thread's furniture around each comment: when, and what to do with it.
    Rule(
        "comment-meta",
        r"^(?:reply|report|report abuse|report comment|flag|flag as inappropriate|permalink|upvote|downvote|dislike)"
        r"(?:\s*[·|•]\s*(?:reply|report|flag|permalink|share|like|dislike|edit|delete|\d+))*\W*$|"
        r"^\d+\s+(?:replies|points?|upvotes?|dislikes?|recommendations?)\W*$|"
        r"^be the first to (?:comment|reply|review)\b.{0,40}$|"
        r"^sort by\W*(?:oldest|newest|best|top|most recent|popular|date|votes)\b|"
        r"^(?:newest|oldest|best|top)\s*(?:[|·•]\s*(?:newest|oldest|best|top|most recent))+\W*$|"
        r"^(?:log|sign) in to (?:comment|reply|leave a comment)\b.{0,30}$|"
        # an invitation to comment; the comments' sorting row
        r"^have your say\W*$|^(?:oldest|newest) first (?:newest|oldest) first\b.*$",
        max_words=8,
    ),
    # --- accounts ------------------------------------------------------------------------------
    Rule(
        "login",
        r"^(?:log ?in|log ?out|sign ?in|sign ?out|sign up|register|my account|create (?:an )?account|"
        r"log in or register|sign in or register|login / register|log in / register|subscriber login|"
        r"already a subscriber\??(?: log ?in| sign ?in)?|forgot (?:your )?password\??|need an (?:online )?account\??|"
        r"not a subscriber\??)\W*$",
        max_words=6,
    ),
    # The account's links printed on one line, one after another: "Log in | Subscribe", "Sign in / Register".
    Rule(
        "login",
        rf"^(?:{_ACCOUNT_LINK})(?:\s*+[|•·/]\s*+(?:{_ACCOUNT_LINK}))++\W*+$",
        max_words=8,
        name="account-links",
    ),
    # --- sharing and following -----------------------------------------------------------------
    Rule("share-bar", rf"^(?!(?:x|delicious)\W*$)(?:(?:{_SOCIAL})(?:\s*\(\d+\))?+[\s|•·,/:]*+)+$", max_words=12),
    Rule(
        "share-bar",
        r"\blike and share\b|^please share\b|^share this (?:article|story|post)\b|"
        r"^spread the word\b|^click (?:to|here to) (?:share|e-?mail|print|tweet|pin|save|copy|post)\b",
        max_words=40,
        name="share-call",
    ),
    # An article's tools, the page's links to send, print or resize it: "Email to a friend", "Printer-friendly
    # version", "Print this story", "Text size: A A", "Article tools", and such links printed one after another.
    Rule(
        "share-bar",
        r"^(?:e-?mail this (?:story |article )?to a friend|e-?mail (?:this|to a friend)(?: (?:story|article|page|link))?|"
        r"(?:send|e-?mail) (?:this )?(?:story|article|page|link) to a friend|"
        r"print(?:er)?[- ]friendly(?: (?:version|page|format))?|printable version|print (?:this )?(?:story|article|page)|"
        r"(?:font|text) size\W*+(?:a\W*+)*+|font|(?:story|article) tools)"
        r"(?:\s*+[|•·/]?+\s*+(?:e-?mail this (?:story |article )?to a friend|e-?mail (?:this|to a friend)(?: (?:story|article))?|"
        r"print(?:er)?[- ]friendly(?: version)?|printable version|"
        r"print (?:this )?(?:story|article|page)|share|save))*+\W*+$",
        max_words=8,
        name="article-tools",
    ),
    # A count of shares, likes or views on its own ("21k shares", "Views: 1,204").
    Rule(
        "share-bar",
        r"^\d+(?:[.,]\d+)*\s?[km]?\s+(?:shares?|likes?|views?|reads?|reactions?|retweets?|pins?|claps?)\W*$|"
        r"^(?:shares?|likes?|views?)\s*(?::\s*)?\d+(?:[.,]\d+)*[km]?\W*$",
        max_words=3,
        name="share-count",
    ),
    Rule(
        "follow-prompt",
        rf"^follow\b.{{0,60}}\b(?:on\s+)?(?:{_SOCIAL_NETWORK})\b|^follow us\b|"
        # "Like us on Facebook" ends there, or names more networks, a purpose or a handle; followed by
        # anything else it is a sentence about the words ("Like us on Facebook, the slogan, became ...")
        rf"^(?:like|find) us on (?:{_SOCIAL_NETWORK})(?:\s*(?:,|&|and|or)\s*(?:{_SOCIAL_NETWORK}))*+"
        rf"(?:\W*$|\s*(?:[:@!|]|(?:and|&|or|to|for|at)\b))|^connect with us\b",
        max_words=20,
    ),
    # --- newsletters and subscriptions ----------------------------------------------------------
    Rule(
        "newsletter",
        r"^(?:sign up|subscribe|register|get|join|receive|enter your e-?mail)\b.{0,120}"
        r"\b(?:newsletters?|inbox|e-?mails?|alerts|updates|top stories|the brief|daily|weekly)\b|"
        r"^(?:sign up|subscribe) (?:now|today|here|for free|to (?:receive|get|our))\b|"
        r"\bnewsletters?\b.{0,200}\bsign up now\W*$|delivered (?:straight |directly )?to your inbox|"
        r"^newsletters?\b.{0,60}\b(?:sign up|subscribe)\b|please enter a valid e-?mail|"
        r"^click here to (?:sign up|subscribe)\b|\bsign up for our (?:\w+ )?newsletter\b|^newsletters?\W*$",
        max_words=None,
    ),
    # A form's own words (a sign-up's, a contact form's): its fields, the consent under it, its messages, its button.
    Rule(
        "newsletter",
        r"^(?:enter )?(?:your )?e-?mail(?: address)?(?:\W*(?:here|below))?\W*$|^(?:invalid|please (?:enter|provide) a valid) e-?mail\b|"
        r"^by (?:signing up|subscribing|clicking|registering|submitting|entering|creating|providing)\b.{0,160}\b"
        r"(?:agree|consent|acknowledge|accept)\b.{0,80}\b(?:terms|privacy|policy|notice|conditions)\b|"
        r"^(?:thanks?|thank you) for (?:signing up|subscribing|registering)\b.{0,60}$|"
        r"(?:^|\b(?:you can|you may) )unsubscribe (?:at )?any ?time\W*$|"
        # a form builder's messages and its hidden field's label
        r"^(?:oops! something went wrong while submitting the form|thank you! your submission has been received|"
        r"this field is for validation purposes and should be left unchanged)\W*$|"
        # a form's field labels with their required mark (an e-mail field's is the first alternative's, a comment field's
        # the comment counter's), a comment form's "Website" with or without it (the field is optional), and its button
        r"^(?:(?:first|last|full|your) )?name\s*\*\s*$|^(?:phone(?: number)?|message|company)\s*\*\s*$|^website\W*$|"
        r"^submit\W*$",
        max_words=None,
        name="newsletter-form",
    ),
    Rule(
        "subscribe-prompt",
        r"^(?:subscribe|become a (?:member|subscriber|patron)|support (?:our|independent) journalism|"
        r"donate(?: now| today| to \w+(?: \w+)?)?|already a (?:member|subscriber))\b.{0,80}$|"
        r"^you have (?:\d+|one) (?:free )?articles? (?:left|remaining)",
        max_words=14,
    ),
    # Paywall and archive notices.
    Rule(
        "subscribe-prompt",
        r"^this (?:article|story|content|post) is (?:only )?(?:available|reserved|exclusive) (?:only )?(?:to|for) "
        r"(?:our )?(?:subscribers|members|premium)|"
        r"^(?:to (?:continue|keep) reading|(?:subscribe|log ?in|sign ?in|register) (?:now )?to (?:continue|keep) reading)\b.{0,120}$|"
        r"^you'?(?:ve| have) reached (?:your|the) (?:\w+ )?(?:limit|maximum)\b|"
        r"^(?:already have an account|don'?t have an account)\??\W.{0,40}$|"
        r"^this is an archived article\b|^this article is more than \d+ (?:years?|months?) old\b",
        max_words=60,
        name="paywall",
    ),
    # --- ads -----------------------------------------------------------------------------------
    Rule(
        "advertisement",
        r"^[(\[]?(?:advertisements?|advertising|advertisement feature|ad|ads|sponsored(?: content| links?)?|"
        r"advertisements?\s*[-–—:|]\s*(?:continue reading below|story continues below)|"
        r"paid (?:content|post)|promoted(?: content| stories)?|story continues below(?: advertisement)?|"
        r"(?:article )?continues? (?:below|after (?:this )?(?:ad|advertisement))|"
        r"scroll (?:down )?to continue(?: with content| reading)?|skip (?:this )?ad|report this ad|ad ?choices|"
        r"advertise here)\W*$",
        max_words=8,
    ),
    # --- related and teaser links -------------------------------------------------------------------
    Rule(
        "related-link",
        r"^(?:related|more|read more|also read|read also|see also|also see|recommended|don'?t miss|"
        r"more from|more on|more stories|related (?:stories|articles|coverage|links|content|reading|posts)|"
        r"you (?:may|might) also like|trending|most (?:read|popular|viewed)|editor'?s picks?|"
        r"top stories|latest news|headline)\s*(?:[:|»>]|$)|"
        # after "Watch:" a teaser is a headline; forty characters or more ending with a full stop are a
        # sentence ("Watch: the moment the bridge collapsed ... was caught on a traffic camera.")
        r"^(?:watch|video|videos|photos|gallery|listen|podcast)\s*(?:[:|»>](?![^\n]{40,}[.!][\"”’)]?\s*$)|$)|"
        r"^(?:read also|also read|see also|read more|more from|related)(?:\s*[-–—])?\s+(?-i:\p{Lu})|^read more (?:about|at|on|from|here)\b|"
        r"^(?:você pode gostar|leia também|veja também|lea también|te puede interesar|lire aussi|à lire aussi|"
        r"voir aussi|lesen sie auch|mehr zum thema|das könnte sie auch interessieren|leggi anche|"
        r"potrebbe interessarti|más noticias|mais notícias)\b",
        max_words=25,
        name="related-prefix",
    ),
    # A teaser headline with its date glued on, as related-coverage boxes print them.
    Rule(
        "related-link",
        r"(?-i:\p{Ll}(?:JAN|FEB|MARCH|APRIL|MAY|JUNE|JULY|AUG|SEPT|OCT|NOV|DEC))\.? \d{1,2}, \d{4}$",
        max_words=25,
        name="related-dated",
    ),
    Rule("related-link", r"^.{3,200}\s[»›→]\s*$|^[«‹←]\s", max_words=20, name="related-arrow"),
    # A teaser cut short with a bracketed ellipsis, as blog sidebars print them.
    Rule("related-link", r"\[(?:…|\.\.\.)\]\s*$", max_words=40, name="related-excerpt"),
    Rule(
        "page-nav",
        r"^(?:previous|next|prev|older|newer)(?: post| article| story| page| entry|ious)?\W*$|"
        r"^(?:previous|next) (?:post|article|story)\s*:|^(?:back to top|skip to (?:main )?content|skip to navigation)\W*$|"
        r"^(?:previous|prev)\W+next\W*$|"
        # the page's own links to its front page and its search box, printed alone, and the buttons of its menu
        r"^(?:home|home ?page|search(?: this site| the site| site| for:?)?)\W*$|"
        r"^toggle (?:navigation|menu)\W*$|^(?:open|close) (?:menu|navigation|search)\W*$",
        max_words=8,
    ),
    # A web archive's panel about its capture of the page, printed above the page it kept.
    Rule(
        "page-nav",
        r"^about this capture\W*$|^organization: alexa crawls\W*$|"
        r"^the internet archive discovers and captures web pages through many different web crawls\.|"
        r"^starting in \d{4}, alexa internet has been donating their crawl data to the internet archive\.|"
        r"^(?:crawl\b[^.]{0,60}\.\s*)?this data is currently not publicly accessible\W*$",
        max_words=None,
        name="archive-capture",
    ),
    Rule(
        "continue-reading",
        r"^(?:(?:continue|keep) reading(?: the main story| below| on| more)?\W*)+$|"
        r"^(?:read|expand|show|view) (?:the )?full (?:story|article)\W*$|"
        r"^read more\W*$|^click here to read more\W*$|^- see more at:|^(?:see|view) (?:more|all)\W*$|^show more\W*$",
        max_words=12,
    ),
    # --- walls ---------------------------------------------------------------------------------
    Rule(
        "cookie-wall",
        r"\b(?:we|this (?:web)?site|our (?:web)?site) uses? cookies\b|\baccept (?:all )?cookies\b|"
        r"\bcookie (?:policy|settings|preferences|consent|notice)\b.{0,60}\b(?:accept|agree|consent|continu)|"
        r"\bby (?:continuing to (?:use|browse)|using) (?:this|our) (?:web)?site\b.{0,80}\b(?:cookies|agree)|"
        # a consent panel's headings, one a kind of cookie
        r"^(?:functional|performance|targeting|analytics|advertisement|marketing|preferences?|statistics|necessary|"
        r"strictly necessary|other|uncategori[sz]ed) cookies\W*$|"
        # a consent panel's buttons
        r"^(?:accept|reject|allow|deny) all(?: cookies)?\W*$|^cookie (?:settings|preferences)\W*$|^manage (?:consent|cookies)\W*$|"
        # a consent panel's descriptions of its kinds of cookies, and a consent platform's purposes (IAB's framework);
        # a sentence about cookies that names no kind ("Cookies are small files a website stores") may be an article's
        r"^(?:strictly )?(?:necessary|essential|performance|functional(?:ity)?|analytic(?:al|s)|advertisement|advertising|"
        r"targeting|marketing|preferences?|statistics?|(?:other )?uncategori[sz]ed) cookies "
        r"(?:are|help|allow|enable|may|track|collect|do|include)\b.{0,200}\b(?:website|web site|browser|visitors?|"
        r"personal (?:data|information))\b|"
        r"\b\d+ partners? can use this (?:purpose|feature)\W*$|"
        r"^(?:advertising|content) presented to you on this service can be based on\b",
        max_words=80,
    ),
    Rule(
        "javascript-wall",
        r"\b(?:please )?(?:enable|turn on|activate) javascript\b|\bjavascript (?:is|must be) (?:disabled|enabled|required)\b|"
        r"\byour browser does not support\b|\bupgrade (?:to )?a (?:modern|newer|different) browser\b|"
        r"\b(?:is not supported|isn'?t supported) (?:by|in|on) your browser\b|\bad ?blocker\b.{0,60}\b(?:disable|turn off|whitelist)",
        max_words=40,
    ),
    Rule(
        "script",
        r"^[\w.$]+\((?:function\s*\(|['\"])|\bfunction\s*\([^()]*\)\s*\{|^\}\)?\s*;?\s*$|"
        r"^(?:var|let|const)\s+\w+\s*=.*;\s*$|^(?=.*[;{]\s*$).*?\b(?:document|window)\.\w|^<!--|^//\s*<!\[CDATA",
        max_words=None,
    ),
    # --- legal -------------------------------------------------------------------------------------
    Rule(
        "copyright",
        # after the year, a notice names its holder; a lowercase word there is a sentence going on
        # ("Copyright 1998 rules were used by the court ...")
        r"^(?:copyright|©|\(c\))\s*(?:©\s*)?(?:\d{4}(?!\s+(?!(?:by|the|all)\b)(?-i:\p{Ll}))|by\b)|"
        r"\ball rights reserved\b|"
        r"\bthis material may not be (?:published|reproduced)\b|^©",
        max_words=30,
    ),
    Rule(
        "legal",
        r"^(?:privacy policy|terms of (?:use|service)|cookie policy|terms (?:&|and) conditions|"
        r"about us|contact us|site ?map|accessibility|careers|advertise(?: with us)?)"
        r"(?:\s*[|•·,/-]\s*(?:privacy policy|terms of (?:use|service)|cookie policy|terms (?:&|and) conditions|"
        r"about us|contact us|site ?map|accessibility|careers|advertise(?: with us)?|help|faq))*\W*$|"
        r"\bthis site is protected by recaptcha\b|^(?:safe harbou?r(?: statement)?|"
        r"(?:cautionary (?:note|statement) (?:regarding|concerning|about) )?forward-looking (?:statements?|information))(?:\b\W|$)|"
        r"\bwithin the meaning of (?:section 27a|section 21e|the (?:u\.s\. )?private securities litigation reform act)\b",
        max_words=None,
    ),
    # --- tags and filing ------------------------------------------------------------------------------
    Rule(
        "tags",
        r"^(?:tags?|tagged(?: with)?|filed under|topics?|categories|category|keywords|posted in)\s*:",
        max_words=30,
    ),
    # --- contact and corrections -------------------------------------------------------------------------
    Rule(
        "contact",
        r"^(?:contact us|email us|write to us|send us)\b.{0,60}@|^see an error in this article\b|"
        r"^(?:media contacts?|press contacts?|for (?:media|press) inquiries)\W*(?::.*)?$|"
        r"^(?:e-?mail|phone|tel|telephone|fax|mobile)\s*:\s*\S+.{0,30}$|"
        # a name, a telephone number (ending in a digit or ")": the spaces before the dash are the gap's
        # alone, else a long run of them was split every way, quadratic), a dash, an address
        r"^[\w .'-]{2,40}\s*[-–:]\s*\+?\d[\d .()-]{5,}[\d)]\s*[-–]\s*\S+@\S+$",
        max_words=14,
    ),
    Rule(
        "contact",
        r"^(?:(?-i:\p{Lu})[\p{L}.'-]*+[,:]?\s+){0,4}(?:[|:–-]\s*)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+\W*$",
        max_words=6,
        name="email-line",
    ),
    # --- media ---------------------------------------------------------------------------------------
    Rule(
        "photo-credit",
        r"^(?:photo|image|picture|video|graphic)?\s*(?:credits?|courtesy|source)\s*:|"
        r"^\[?\(?(?:image|photo|picture|video)s? (?:via|by|courtesy of|credit)\b.{0,60}[\])]?$|"
        r"^(?:[\w.'-]+ ){0,4}[\w.'-]+\s*/\s*(?:getty images|ap|afp|reuters|epa|shutterstock|istock(?:photo)?|"
        r"bloomberg|ap photo|afp via getty images)\W*$|^\(?(?:ap|afp|reuters) photo\b.{0,60}$|"
        r"^(?:reuters|ap|afp|epa|ap photo|afp photo)\s*/\s*(?:[\w.'-]+ ){0,3}[\w.'-]+\W*$",
        max_words=16,
        name="credit-prefix",
    ),
    Rule(
        "media-label",
        r"^(?:photo|image|video|audio|gallery|play|play video|watch video|now playing|replay|"
        r"loaded: ?\d+(?:\.\d+)?%|duration:? ?[\d:]+|close|open|menu|expand|collapse|enlarge this image|"
        r"toggle caption|hide caption|show caption|caption|view (?:gallery|slideshow|image|photo)|"
        r"(?:play|start) slideshow|more (?:videos|photos)|just watched)\W*$",
        max_words=4,
    ),
    # A picture's prompt to see it larger: "Click photo to enlarge", "View larger image".
    Rule(
        "media-label",
        r"^(?:click (?:the )?(?:photo|image|picture|thumbnail)s? (?:to|for) (?:enlarge|a larger (?:view|version|image))|"
        r"view (?:a )?larger (?:image|photo|picture|version)|enlarge (?:this )?(?:photo|image|picture))\W*+$",
        max_words=8,
        name="enlarge-prompt",
    ),
    # A caption that ends with its credit: "... after the fire Credit: Getty - Contributor".
    Rule("photo-credit", r"\s(?:credit|photo|image|picture)s?:\s*[^.!?]{2,60}$", max_words=60, name="caption-credit"),
    # A photographer's credit line: "Jane Doe for Newsweek", "Photograph by Jane Doe".
    Rule(
        "photo-credit",
        r"^(?:(?-i:\p{Lu})[\p{L}.'-]*+\s){1,3}(?-i:\p{Lu})[\p{L}.'-]*+\s+for\s+(?:the\s+)?(?-i:\p{Lu})[\p{L}.'-]*+$|"
        r"^(?:photo(?:graph)?s?|illustration|image)(?: by|\s?:)\s*(?:(?-i:\p{Lu})[\p{L}.'-]*+\s?){1,4}\W*$",
        max_words=7,
        name="credit-line",
    ),
    # --- shopping promotions --------------------------------------------------------------------------
    Rule(
        "promotion",
        r"\bfree shipping\b|\bfree gift\b|\b(?:shop|buy|order) now\b|\bclick here\W*$|\bshow me the \w+\W*$|"
        r"\buse (?:promo|coupon|discount) code\b|^add to (?:cart|bag|basket)\W*$|^apply now\W*$",
        max_words=40,
    ),
    # --- embedded posts and players (an embedded tweet's text and signature are quoted content: kept)
    Rule(
        "embed",
        r"^view this post on instagram\W*$|^a post shared by .{1,80}\(@[\w.]+\)|"
        r"^pic\.twitter\.com/\w+$|"
        r"^media playback is (?:unsupported|not supported) on your device\W*$|^(?:loading|loading video|loading comments)\W*$|"
        r"^(?:click|tap) to (?:expand|enlarge|play)\W*$|^listen to (?:this|the) (?:article|story)\W*(?:\d+ min(?:utes?)?\W*)?$",
        max_words=30,
    ),
    Rule("photo-credit", r"^image (?:copyright|caption)\b", max_words=40, name="image-caption"),
    Rule(
        "photo-credit",
        r"^(?:enlarge this image\s*)?(?:toggle|hide|show) caption\b|"
        r"^(?:getty images|shutterstock|istock(?:photo)?|alamy(?: stock photo)?|ap images|pa images|pa wire)\W*$|"
        r"(?:/|\bvia\s)getty images\W*$",
        max_words=20,
        name="caption-toggle",
    ),
    # A gallery's counter: "+12", "3 of 12".
    Rule("media-label", r"^\+\d{1,4}$|^\d{1,3}\s*(?:/|of)\s*\d{1,3}$", max_words=3, name="gallery-counter"),
    # --- syndication and partner boxes -----------------------------------------------------------------------
    Rule(
        "syndication",
        r"^this (?:article|story|post) (?:was|is|has been) (?:originally |first )?(?:published|republished|posted|appeared)\b"
        r".{0,160}(?:read the original|with permission|\bon\b|\bat\b|\bby\b)|^read the original article\W*$",
        max_words=40,
    ),
    Rule(
        "related-link",
        r"^(?:sponsored links|recommended by(?: outbrain| taboola)?|around the web|from (?:our|the) partners|"
        r"promoted stories|ads by \w+|more from our partners|you might like|what to read next|"
        r"(?:most|more) (?:shared|emailed|commented)|trending now|popular now|recommended for you|"
        r"(?:recent|popular|latest) posts)\W*$",
        max_words=8,
        name="related-box",
    ),
    Rule(
        "app-promo",
        r"^(?:download|get) (?:our|the) (?:free )?(?:\w+ )?(?:mobile )?app\b|^have a (?:news )?tip\??\W.{0,80}"
        r"(?:e-?mail|contact|send)\b",
        max_words=25,
    ),
    Rule(
        "reading-time",
        r"^(?:(?:estimated )?reading time|tempo de leitura|tiempo de lectura|temps de lecture|lesezeit)\s*:?\s*"
        r"(?:\d+|less than a|about \d+)\s*(?:min|minutes?|minutos?|mins?)\W*$|^\d+\s*(?:min|minute)s? read\W*$",
        max_words=8,
    ),
    Rule(
        "reprints",
        r"^this copy is for your personal,? non-?commercial use only\b|"
        r"^purchase this (?:[\w.]+ )?(?:story|article|photo|image) for reprints?\W*$|^(?:order reprints|print article|reprints?)"
        r"(?:\s*[|•·]\s*(?:order reprints|print article|today'?s paper|subscribe|reprints?))*\W*$",
        max_words=40,
    ),
    # --- reader polls and widgets -----------------------------------------------------------------
    Rule(
        "widget", r"\badd your two cents\b|\bof readers think this story\b|^rate this (?:article|story)\b", max_words=20
    ),
    # --- markers ---------------------------------------------------------------------------------------
    Rule("separator", r"^[\p{P}\p{S}\s]+$", max_words=None),
    Rule(
        "bare-link",
        r"^(?:https?://|www\.)\S+$|^[\w-]++(?:\.[\w-]++)*?\.(?:com|org|net|info|io|co\.uk|com\.au)$",
        max_words=1,
        name="bare-url",
    ),
    Rule("bare-link", r"^[\w .&'-]{1,40}\s[-–—:]\s*(?:https?://|www\.)\S+$", max_words=6, name="labelled-url"),
    # A link's label as a screen reader hears it ("... (Opens in new window)").
    Rule("bare-link", r"\(opens? in (?:a )?new (?:window|tab)\)\W*$", max_words=12, name="new-window"),
)
