"""Each public step on its own: what it removes or changes, and what it must leave alone."""

from __future__ import annotations

from pathlib import Path

import pytest

import cleantext
from cleantext import drop_duplicates, repair, strip_boilerplate, strip_chrome, tidy
from cleantext.chrome import chrome_label

ARTICLE = [
    "The city council approved the new transit budget on Tuesday after a three-hour debate.",
    "Supporters said the plan would cut commute times across the region by a fifth, officials said.",
    "Opponents argued that the fare increase would fall hardest on low-income riders and students.",
]


# --- repair --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("broken", "fixed"),
    [
        ("donâ€™t", "don’t"),
        ("the border crossing.Â", "the border crossing."),
        ("CafÃ© society", "Café society"),
        ("at 8Â p.m.", "at 8\xa0p.m."),
    ],
)
def test_repair_fixes_mojibake(broken: str, fixed: str) -> None:
    assert repair(broken) == fixed


@pytest.mark.parametrize(
    "correct",
    [
        "“Curly quotes” and ‘single ones’ stay curly.",
        "Full-width ＡＢＣ１２３ and 。、 stay full width.",
        "SÃO PAULO, ÂNGELO and ÃO are correct capitals in Portuguese.",
        "Prices rose 5% to €1,200 — a record… or so they said.",
        "Le prix\u202fest de 5\u00a0€ ; « bonjour ».",
        "if (a < b && c > d) { return x[i]; }",
    ],
)
def test_repair_leaves_correct_text_byte_for_byte(correct: str) -> None:
    assert repair(correct) == correct


def test_repair_keeps_the_number_of_lines() -> None:
    text = "donâ€™t\r\nsecond line\n\nthird\r"
    assert len(repair(text).split("\n")) == len(text.split("\n"))


# --- strip_chrome ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("(0) comments", "comment-counter"),
        ("Log In", "login"),
        ("Share on Facebook | Tweet | Email", "share-bar"),
        ("Facebook", "share-bar"),
        ("Advertisement", "advertisement"),
        ("MORE: Concussion Expert Says Players Are at Risk", "related-link"),
        ("Also read: Ten Things You Missed This Week", "related-link"),
        ("Sign up for our weekly newsletter to get the latest news delivered to your inbox.", "newsletter"),
        ("We use cookies to improve your experience. By continuing to use this site you agree.", "cookie-wall"),
        ("Please enable JavaScript to watch this video.", "javascript-wall"),
        ("Copyright 2019 by Amy Dickinson", "copyright"),
        ("© 2024 Example Media. All rights reserved.", "copyright"),
        ("Tags: politics, elections, Chile", "tags"),
        ("Follow Ashley May on Twitter: @AshleyMayTweets", "follow-prompt"),
        ("Continue reading the main story", "continue-reading"),
        ("###", "separator"),
        ("Keep it Clean. Please avoid obscene, vulgar, lewd, racist or sexually-oriented language.", "comment-policy"),
        ("View this post on Instagram", "embed"),
        ("Media playback is unsupported on your device", "embed"),
        ("Image copyright Getty Images", "photo-credit"),
        ("The plane landed safely after the scare Credit: Getty - Contributor", "photo-credit"),
        ("Ryan David Brown for Newsweek", "photo-credit"),
        ("This article was originally published on The Conversation. Read the original article.", "syndication"),
        ("Download our free mobile app", "app-promo"),
        ("Previous Post", "page-nav"),
        ("Leia também", "related-link"),
        ("Whatsapp Facebook Pint Baixar", "share-bar"),
        ("Jordan’s King Returns Home to Cheers After Swift ExecutionsFEB. 4, 2015", "related-link"),
        ("Sometimes people ask me why this or that location become […]", "related-link"),
        ("Click to email a link to a friend (Opens in new window)", "share-bar"),
        ("21k shares", "share-bar"),
        ("Submit to Stumbleupon (Opens in new window)", "bare-link"),
        ("Enter your email address", "newsletter"),
        ("By signing up, you agree to our Terms of Use and Privacy Policy.", "newsletter"),
        ("Thanks for signing up!", "newsletter"),
        ("This is an archived article and the information in the article may be outdated.", "subscribe-prompt"),
        ("To continue reading, please subscribe.", "subscribe-prompt"),
        ("Report this ad", "advertisement"),
        ("Forward-Looking Statements", "legal"),
        (
            "This release contains forward-looking statements within the meaning of the Private Securities "
            "Litigation Reform Act of 1995.",
            "legal",
        ),
        ("Jane Roe, press@example.com", "contact"),
        ("Enlarge this image toggle caption Jane Doe/Getty Images", "photo-credit"),
        ("+12", "media-label"),
        ("Report abuse", "comment-meta"),
        ("Be the first to comment", "comment-meta"),
        ("Advertisement - Continue Reading Below", "advertisement"),
        ("(Story continues below)", "advertisement"),
        ("REUTERS/Jane Doe", "photo-credit"),
        ("Photo: Jane Doe", "photo-credit"),
        ("Email to a friend Printer friendly", "share-bar"),
        ("Print this story | E-mail this story", "share-bar"),
        ("Text size: A A A", "share-bar"),
        ("Article tools", "share-bar"),
        ("Log in | Subscribe", "login"),
        ("Sign in / Register", "login"),
        ("Click photo to enlarge", "media-label"),
        ("View larger image", "media-label"),
        ("User comments (14)", "comment-counter"),
        ("Readers' comments: 3", "comment-counter"),
        ("You need to sign in or register to post a comment.", "comment-policy"),
        ("Start slideshow", "media-label"),
        ("More photos ...", "media-label"),
        ("Show full article", "continue-reading"),
        ("Latest posts", "related-link"),
        ("Advertise here", "advertisement"),
        ("Purchase this photo for reprint", "reprints"),
        ("Email this story to a friend", "share-bar"),
        ("Printable version", "share-bar"),
        ("View all", "continue-reading"),
        ("Show more", "continue-reading"),
        ("Add to basket", "promotion"),
        ("Apply now", "promotion"),
        ("Have your say", "comment-meta"),
        ("Oldest first Newest first Most liked", "comment-meta"),
        ("Oops! Something went wrong while submitting the form.", "newsletter"),
        ("This field is for validation purposes and should be left unchanged.", "newsletter"),
        ("Performance cookies", "cookie-wall"),
        ("First name *", "newsletter"),
        ("Phone number *", "newsletter"),
        ("Submit", "newsletter"),
        ("Previous Next", "page-nav"),
        ("Digg this", "share-bar"),
        ("StumbleUpon | del.icio.us", "share-bar"),
        ("Technorati", "share-bar"),
        ("Home", "page-nav"),
        ("Search this site", "page-nav"),
        ("Newsletters", "newsletter"),
        ("Website", "newsletter"),
        ("More sharing options", "share-bar"),
        ("Accept all", "cookie-wall"),
        ("Cookie settings", "cookie-wall"),
        ("Manage consent", "cookie-wall"),
        ("Toggle navigation", "page-nav"),
        ("Close menu", "page-nav"),
        ("Search for:", "page-nav"),
        ("Measure content performance 81 partners can use this purpose", "cookie-wall"),
        ("Necessary cookies are essential for the website to work and store no personal data.", "cookie-wall"),
        ("Asking for help, clarification, or responding to other answers.", "comment-policy"),
        ("About this capture", "page-nav"),
        ("Crawl performed by a partner. This data is currently not publicly accessible.", "page-nav"),
    ],
)
def test_chrome_rules_name_common_furniture(line: str, label: str) -> None:
    assert chrome_label(line) == label
    assert strip_chrome("\n".join([*ARTICLE, line])) == "\n".join(ARTICLE)


@pytest.mark.parametrize(
    "sentence",
    [
        "Readers who subscribe to the paper's print edition will see the change next month.",
        "The company said it would stop advertising on Facebook after the report.",
        "The senator's comments drew criticism from both parties on Wednesday.",
        "Employees could not log in to the payroll system for most of the day, the union said.",
        "The newsletter, which has 40,000 readers, first reported the merger.",
        "Copyright lawyers said the ruling could reshape the music industry.",
        "More than 200 people were evacuated as the fire spread toward the town.",
        "Share prices fell sharply after the announcement.",
        "Related charges were filed against two other executives, prosecutors said.",
        "Watch the clip below, via CNN:",
        "By signing up for the program, residents agree to cut their water use by a fifth, officials said.",
        "Thank you for joining us tonight, the mayor told the crowd before the vote.",
        "Members can unsubscribe at any time from the list, which the city uses for flood alerts, she said.",
        "The report found that 12 of 40 schools had no working heating in January.",
        "Photo: the bridge before the flood, from the town's archive, was shown at the hearing.",
        "AP/NORC polls found that most voters backed the plan.",
        "Readers can email a friend the story or print it at the library, the paper said.",
        "The font size on the new ballots is larger, election officials said.",
        "Visitors who register or log in to the portal can view larger images of the maps.",
        "Reader comments on the plan ran two to one against it, the council said.",
        "You must log in to the tax portal before you can comment on your assessment, the office said.",
        "More photos of the flood were posted by residents overnight.",
        "The museum will advertise here and abroad for a new director.",
        "Readers may purchase this story's photographs for reprint from the archive.",
        "Visitors can see more of the collection online, and view all of the letters at the archive.",
        "Shoppers who add to their cart before midnight get the old price, the retailer said.",
        "Residents will have their say on the plan at two hearings in March.",
        "Performance cookies baked with less sugar sold out by noon, the bakery said.",
        "Applicants must submit their forms by Friday, the office said.",
        "Name the previous owner and the next one, the form asks.",
        "Delicious food was served to the volunteers after the clean-up.",
        "Delicious!",
        "Home prices rose for the third month in a row, the survey found.",
        "Search teams found the hikers late on Sunday.",
        "Search for the missing boy went on through the night, police said.",
        "Accept all offers in writing, the lawyer advised.",
        "These cookies are soft in the middle and crisp at the edges, the baker said.",
        "Cookies were sold at the school fair to raise money for the trip.",
        "Cookies are small text files that a website stores in your browser to remember you.",
        "Researchers note that this data is currently not publicly accessible.",
    ],
)
def test_strip_chrome_keeps_article_sentences_that_mention_chrome_words(sentence: str) -> None:
    text = "\n".join([*ARTICLE, sentence])
    assert strip_chrome(text) == text


def test_strip_chrome_removes_a_hard_wrapped_policy_whole() -> None:
    # the last line starts a paragraph of its own, but its words are the policy's: it goes with it
    wrapped = "Keep it Clean. Please avoid obscene, vulgar, lewd,\nracist or sexually-oriented language.\naccounts, the history behind an article."
    out = strip_chrome(ARTICLE[0] + "\n" + wrapped)
    assert out == ARTICLE[0]


def test_strip_chrome_takes_custom_rules() -> None:
    from cleantext import DEFAULT_RULES, Rule

    rules = (*DEFAULT_RULES, Rule("promo", r"^brought to you by\b", max_words=10))
    assert strip_chrome("Brought to you by Acme\n" + ARTICLE[0], rules=rules) == ARTICLE[0]
    assert strip_chrome("Brought to you by Acme\n" + ARTICLE[0]) == "Brought to you by Acme\n" + ARTICLE[0]


# --- drop_duplicates -----------------------------------------------------------------------------------


def test_drop_duplicates_finds_a_copy_wrapped_differently() -> None:
    first = "Be Truthful. Don't knowingly lie about anyone\nor anything. Be Nice. No racism, sexism or any sort of -ism"
    again = "Be Truthful. Don't knowingly lie about anyone or anything.\nBe Nice. No racism, sexism or any sort of -ism"
    assert drop_duplicates(first + "\n" + again) == first


def test_drop_duplicates_keeps_the_first_copy_and_short_lines() -> None:
    text = "\n".join([ARTICLE[0], "Photo", ARTICLE[1], "Photo", ARTICLE[0]])
    assert drop_duplicates(text) == "\n".join([ARTICLE[0], "Photo", ARTICLE[1], "Photo"])


def test_drop_duplicates_drops_a_short_label_repeated_three_times() -> None:
    text = "\n".join(["Company Town", ARTICLE[0], "Company Town", ARTICLE[1], "Company Town"])
    assert drop_duplicates(text) == "\n".join(ARTICLE[:2])
    assert drop_duplicates(text, label_repeats=0) == text


def test_drop_duplicates_keeps_near_copies_that_differ_in_words() -> None:
    text = ARTICLE[0] + "\n" + ARTICLE[0].replace("Tuesday", "Wednesday")
    assert drop_duplicates(text) == text


def test_drop_duplicates_reads_again_when_a_dropped_copy_joined_the_words_around_it() -> None:
    lines = [
        "Officials said the plan was final.",
        "The council met on Monday",
        "Officials said the plan was final.",  # a copy: once it goes, "Monday" meets "to vote ..."
        "to vote on the budget.",
        "Monday to vote on the budget.",  # a copy of the text the first drop joined
    ]
    once = drop_duplicates("\n".join(lines))
    assert once == "\n".join(lines[:2] + lines[3:4])
    assert drop_duplicates(once) == once


def test_drop_duplicates_reads_the_stream_without_short_furniture_lines() -> None:
    # "Advertisement" (a few words, no sentence end) is not read into the stream: strip_chrome removes
    # it later, and were it read, a second clean would find the last line's copy and clean would not
    # be idempotent.
    text = "\n".join(
        [
            "Officials said the vote on the budget was close.",
            "Advertisement",
            "The council met on Monday.",
            "Close. The council met on Monday.",
        ]
    )
    out = cleantext.clean(text, kind="text")
    assert out == "Officials said the vote on the budget was close.\nThe council met on Monday.\n"
    assert cleantext.clean(out, kind="text") == out


@pytest.mark.parametrize("last", [["Advertisement"], []], ids=["an-advertisement-last", "the-account-box-last"])
def test_clean_reads_again_when_it_removed_one_of_the_text_s_last_lines(last: list[str]) -> None:
    # The chrome step reads a policy printed last back from the text's end and stops at the lines the rules remove
    # ("Log In"); once those go (and the advertisement, where one ends the text), a second clean read further up and
    # removed the policy and the account's lines. The decision reads its output again when it removed one of the
    # text's last lines (the advertisement, or "Log In" above the account's lines kept last), so one clean does.
    text = "\n".join(
        [
            *ARTICLE,
            "Be respectful. Posts that insult other readers will be removed.",
            "Stay on topic. Do not post links to other sites.",
            "Log In",
            "Register an Account",
            "If you don't have an account yet it's free and easy.",
            *last,
        ]
    )
    out = cleantext.clean(text, kind="text")
    assert out == "\n".join(ARTICLE) + "\n"
    assert cleantext.clean(out, kind="text") == out


CRASHES = sorted((Path(__file__).parent / "fuzz" / "crashes").glob("clean-not-idempotent-*"))


@pytest.mark.parametrize("path", CRASHES, ids=[path.name for path in CRASHES])
def test_clean_is_idempotent_on_the_fuzzer_s_reproducers(path: Path) -> None:
    # the first file came from the mixed harness (its first byte picked the target), the others from
    # FUZZ_TARGET=clean; either way the text is read as UTF-8 with replacement
    data = path.read_bytes()
    text = (data[1:] if path.name == "clean-not-idempotent-drop_duplicates" else data).decode("utf-8", "replace")
    out = cleantext.clean(text, kind="text")
    assert cleantext.clean(out, kind="text") == out


# --- strip_boilerplate --------------------------------------------------------------------------------


def test_strip_boilerplate_drops_menus_around_the_article_and_keeps_headings_inside() -> None:
    page = [
        "Home",
        "News",
        "Sport",
        "Weather",
        ARTICLE[0],
        "Budget details",
        ARTICLE[1],
        ARTICLE[2],
        "About us",
        "Contact",
    ]
    assert strip_boilerplate("\n".join(page)) == "\n".join([ARTICLE[0], "Budget details", ARTICLE[1], ARTICLE[2]])


def test_strip_boilerplate_keeps_a_list_of_facts_after_the_article() -> None:
    facts = ["STATISTICS", "1 in 4 riders will use the new line", "4.9 million trips are made every year"]
    text = "\n".join([*ARTICLE, *facts])
    assert strip_boilerplate(text) == text


def test_an_articles_list_of_sources_after_it_is_kept_and_a_footer_after_that_is_not() -> None:
    sources = ["Sources:", "https://example.gov/budget-2026.pdf", "City Council minutes, June 12, 2026"]
    footer = ["About us", "Contact"]
    text = "\n".join([*ARTICLE, *sources, *footer])
    assert strip_boilerplate(text) == "\n".join([*ARTICLE, *sources])
    assert cleantext.clean(text + "\nLog In\n(0) comments", kind="text") == "\n".join([*ARTICLE, *sources, ""])
    # a bare link is chrome, unless it is listed under such a heading
    assert strip_chrome("\n".join([*ARTICLE, "https://example.gov/budget-2026.pdf"])) == "\n".join(ARTICLE)


def test_a_sources_heading_in_a_menu_does_not_shield_a_bare_link_below_the_menu() -> None:
    # The list under the heading ends at its first paragraph that is not an entry: read from the heading to the
    # link, the menu the next cleaning no longer holds once decided whether the link was a citation.
    menu = ["Students", "References", "Resource Database", "Designing Your Career", "Job Offers"]
    article = [
        "The careers office published its yearly advice for graduates weighing their first job offer this spring.",
        "https://careers.example.edu/media/offers-2020.mp4",
        "Ask for time to consider the offer, and ask for the details in writing before you give an answer.",
        "Compare the salary with what similar roles pay in the same city, and bring the figures with you.",
        "An adviser can help you prepare, and most students who negotiate are offered more than they asked.",
    ]
    page = "\n\n".join([*menu, *article])
    assert "offers-2020.mp4" not in strip_chrome(page)
    once = cleantext.clean(page)
    assert "offers-2020.mp4" not in once
    assert cleantext.clean(once) == once


def test_strip_boilerplate_leaves_text_without_prose_alone() -> None:
    text = "Home\nNews\nSport"
    assert strip_boilerplate(text) == text


# --- tidy -------------------------------------------------------------------------------------------------


def test_tidy_strips_line_ends_and_blank_runs_but_keeps_paragraphs() -> None:
    text = "\n\nFirst paragraph.\xa0 \nSecond paragraph.\t\n\n\n\nThird.  "
    assert tidy(text) == "First paragraph.\nSecond paragraph.\n\nThird.\n"


def test_tidy_of_blank_text_is_empty() -> None:
    assert tidy(" \n\xa0\n") == ""
    assert tidy("") == ""


def test_every_default_rule_is_named_uniquely_and_compiles() -> None:
    import regex

    from cleantext import DEFAULT_RULES

    names = [rule.name for rule in DEFAULT_RULES]
    assert len(names) == len(set(names))
    for rule in DEFAULT_RULES:
        assert rule.label and rule.label == rule.label.lower()
        regex.compile(rule.pattern)


@pytest.mark.parametrize(
    ("menu", "article"),
    [
        (
            ["ホーム", "ニュース", "スポーツ"],
            [
                "市議会は火曜日、長い議論の末に新しい交通予算を承認しました。",
                "支持者たちは、この計画によって地域全体の通勤時間が短縮されると述べました。",
            ],
        ),
        (
            ["الرئيسية", "أخبار", "رياضة"],
            [
                "وافق مجلس المدينة يوم الثلاثاء على الميزانية الجديدة للنقل بعد نقاش طويل استمر ساعات.",
                "وقال المؤيدون إن الخطة ستقلل أوقات التنقل في جميع أنحاء المنطقة بشكل كبير.",
            ],
        ),
        (
            ["होम", "समाचार", "खेल"],
            [
                "नगर परिषद ने मंगलवार को लंबी बहस के बाद नए परिवहन बजट को मंजूरी दे दी।",
                "समर्थकों ने कहा कि इस योजना से पूरे क्षेत्र में आने जाने का समय कम हो जाएगा।",
            ],
        ),
    ],
)
def test_strip_boilerplate_finds_articles_in_scripts_without_spaces_or_case(
    menu: list[str], article: list[str]
) -> None:
    assert strip_boilerplate("\n".join([*menu, *article, *menu])) == "\n".join(article)
