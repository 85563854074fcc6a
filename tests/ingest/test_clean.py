import pytest

from crosscheck.ingest.clean import body_text, segment_lines


def roles(text: str) -> dict[str, str]:
    return {line.text: line.role for line in segment_lines(text) if line.role != "blank"}


BODY = "The talks in the capital ended on Tuesday without an agreement on the withdrawal of troops from the valley."


@pytest.mark.parametrize(
    ("line", "role"),
    [
        ("Follow us on Twitter @DailyNews", "widget"),
        ("Jane Roe is the Daily's reporter, follow her on Twitter: @janeroe", "signature"),
        ("Latest See more", "widget"),
        ("Short link:", "widget"),
        ("Get the Valley Times in your inbox:", "widget"),
        ("Share Tweet Email", "widget"),
        ("Facebook | Twitter | WhatsApp", "widget"),
        ("Home | World | Europe | Politics", "nav"),
        ("Home > News > Region", "nav"),
        ("A A A", "widget"),
        ("Font size: A- A A+", "widget"),
        ("1,204 views", "counter"),
        ("3 min read", "counter"),
        ("***", "counter"),
        ("© 2024 The Daily. All rights reserved.", "widget"),
        ("Tags: war, ceasefire", "widget"),
        ("*A version of this article appears in print in the 8 October, 2020 edition of The Weekly", "print_notice"),
        ("By Jane Roe", "byline"),
        ("BY JANE ROE AND JOHN DOE", "byline"),
        ("Published 12 March 2024", "date"),
        ("8 April 2021 16:19 (UTC+04:00)", "date"),
        ("Follow The Valley Times on WhatsApp and X", "widget"),
        ("(c) The Valley Times 2024 - Reproduction prohibited without authorisation", "widget"),
        ("Your email address will not be published. Required fields are marked *", "widget"),
        ("Was this fact-check helpful? Yes | No", "widget"),
        ("Our Standards: The Wire Trust Principles.", "widget"),
        ("Comments are closed.", "widget"),
        ("Content may be reproduced citing the agency as the source.", "widget"),
        ("Listen to Morning Line with Ana Berk", "widget"),
        ("Comments for this article are closed.", "widget"),
        ("Get the Times delivered -- $89 a year, posted every Thursday.", "widget"),
        ("Download the Valley Times app on Google Play and the App Store.", "widget"),
        ("Get our fact checks on WhatsApp", "widget"),
        ("Additional reporting by Ana Berk in Kinvik", "widget"),
        ("VTT Correspondent, Kinvik", "widget"),
        ("BREAKING >> Sirens sounding across the southern districts", "widget"),
        ("[ Home ] [ Reports ] [ Statements ] [ Archive ]", "nav"),
        ("Home * Homeland * Community * Classifieds", "nav"),
        ("[Photo: Rescuers carry a stretcher out of the hospital. VTT/Ana Berk]", "caption"),
        ("ORVIK DELI -- smoked sausage, rye bread, poppy-seed rolls. 10% off for Times readers. Open every day.",
         "widget"),
        ("Provinces > Kelareh", "nav"),
        ("Home -- Politics -- Defence & Security -- Economy -- Regions", "nav"),
        ("Home :: President :: Defence :: Economy :: Regions :: Photo :: Video", "nav"),
        ("Crosswind (c) 2027. Content may not be redistributed without written consent.", "widget"),
        ("Printed from darya.example/opinion/2028/03/butchers on 27/03/2028 at 21:40.", "widget"),
        ("Darya publishes a range of views. This column does not necessarily reflect the editorial position.",
         "widget"),
        ("Support independent journalism: become a Darya member.", "widget"),
        ("Media enquiries: press@hdm.example", "widget"),
        ("HDM does not accept funding from any government.", "widget"),
        ("Download: transcript (PDF, 212 KB) | audio (MP3, 44 min)", "widget"),
    ],
)
def test_line_roles(line, role):
    text = f"Headline About the Talks Today\n\n{BODY}\n\n{line}\n\n{BODY.replace('Tuesday', 'Monday')}"
    assert roles(text)[line] == role


@pytest.mark.parametrize(
    "line",
    [
        "Close investigation",  # a section heading is body
        "Pompeo expressed his condolences",
        "Readers who subscribe to conspiracy theories were quick to share the video on social networks this week.",
        "The regime has shown no crew and no photograph of the plane on the ground.",  # prose, no photo credit
    ],
)
def test_body_lines_survive(line):
    text = f"Headline About the Talks Today\n\n{BODY}\n\n{line}\n\n{BODY.replace('Tuesday', 'Monday')}"
    assert roles(text)[line] == "body"


def test_widget_phrase_inside_a_long_paragraph_is_kept():
    para = ("The ministry urged residents to follow the instructions of rescue teams and to stay in shelters "
            "until the shelling of the town stops, the governor said on Sunday.")
    assert roles(f"Title Of The Story Here\n\n{para}")[para] == "body"


def test_repeated_caption_is_dropped_once():
    caption = "Destroyed buildings in the old town"
    text = f"Title Of The Story Here\n\n{BODY}\n\n{caption}\n\n{caption}\n\n{BODY.replace('Tuesday', 'Friday')}"
    lines = segment_lines(text)
    assert body_text(lines).count(caption) == 1


def test_repeated_headline_crawl_date_and_date_line():
    text = (
        "Friday December 8 2023\n\nTalks collapse in the capital\n\n8 April 2021 16:19 (UTC+04:00)\n"
        f"Talks collapse in the capital\n\nBy Jane Roe\n\n{BODY}"
    )
    by_role = {}
    for line in segment_lines(text):
        by_role.setdefault(line.role, []).append(line.text)
    assert by_role["title"] == ["Talks collapse in the capital"]
    assert by_role["crawl_date"] == ["Friday December 8 2023"]
    assert by_role["date"] == ["8 April 2021 16:19 (UTC+04:00)"]
    assert by_role["duplicate"] == ["Talks collapse in the capital"]
    assert body_text(segment_lines(text)) == BODY


def test_caption_above_the_headline_is_page_chrome():
    text = f"Minister visits a wounded soldier\n\nThird Ceasefire Broken as Death Toll Mounts\n\n457\n0\n\n{BODY}"
    found = {line.role: line.text for line in segment_lines(text) if line.role != "blank"}
    assert found["title"] == "Third Ceasefire Broken as Death Toll Mounts"
    assert found["above_title"] == "Minister visits a wounded soldier"


def test_article_opening_with_a_paragraph_has_no_title():
    assert all(line.role != "title" for line in segment_lines(f"{BODY}\n{BODY.replace('Tuesday', 'Friday')}"))


def test_question_headline_is_a_title():
    text = f'Fact check: Did the army "never target civilians"?\n\nBy Jane Roe\n\n{BODY}'
    assert roles(text)['Fact check: Did the army "never target civilians"?'] == "title"


def test_paragraphs_are_kept_and_hard_wraps_joined():
    text = ("Title Of The Story Here\n\nThe first paragraph of the story runs over\ntwo lines of a wrapped file.\n\n"
            "The second paragraph stands alone.\nA third one follows directly.")
    assert body_text(segment_lines(text)) == (
        "The first paragraph of the story runs over two lines of a wrapped file.\n\n"
        "The second paragraph stands alone.\n\nA third one follows directly."
    )


@pytest.mark.parametrize("line", ["Talks on the deal and/or the truce stall", "Fighting >100 km from the border"])
def test_tight_slashes_and_brackets_are_not_navigation(line):
    text = f"Headline About the Talks Today\n\n{BODY}\n\n{line}\n\n{BODY.replace('Tuesday', 'Monday')}"
    assert roles(text)[line] == "body"


def test_a_bare_number_inside_the_article_is_content():
    text = (f"Title Of The Match Report\n\n457\n0\n\n{BODY}\n\nDrogba 107, Kezman 112.\n\n78,000\n\n"
            "Referee: S Bennett (Kent).\n\nShare\n12\nTweet")
    found = [(line.text, line.role) for line in segment_lines(text) if line.text in ("457", "0", "78,000", "12")]
    assert found == [("457", "counter"), ("0", "counter"), ("78,000", "body"), ("12", "counter")]


@pytest.mark.parametrize("caption", [
    "Traders clear the rubble at the market. Photo: VNS / Ana Berk",
    "Mourners at the town cemetery on Tuesday. (VoV / Ana Berk)",
    "Soldiers on patrol on the coast road. (Herald photo)",
])
def test_a_caption_scraped_twice_is_read_once(caption):
    text = f"Headline About the Talks Today\n\n{caption}\n\n{BODY}\n\n{caption}\n\nThe talks resume on Monday."
    assert body_text(segment_lines(text)).count(caption) == 1


def test_the_line_under_an_advertisement_label_is_the_advertisement():
    text = (f"Headline About the Talks Today\n\n{BODY}\n\nADVERTISEMENT\n"
            "Brannock & Sons Funeral Home - serving our community for three generations - 555-0148\n\n"
            f"{BODY.replace('Tuesday', 'Monday')}")
    assert "Brannock" not in body_text(segment_lines(text))


def test_the_lines_under_read_more_are_links_to_other_stories():
    text = (f"Headline About the Talks Today\n\n{BODY}\n\nRead more:\nWho are the rebels fighting on the border?\n"
            "Ten years of war in the valley, in pictures\n\n" + BODY.replace("Tuesday", "Monday"))
    kept = body_text(segment_lines(text))
    assert "Who are the rebels" not in kept and "in pictures" not in kept and "Monday" in kept


def test_an_incident_heading_inside_a_report_stays_and_a_read_also_link_goes():
    page = ("CIVILIAN MONITOR\nUpdate No. 4\n\nSUMMARY\nThe monitor has verified at least 31 civilian deaths across "
            "the valley since fighting resumed.\n\nT-09 | Tobel | 9 November\nShortly before midnight, drones "
            "struck the grain terminal in Tobel, killing five workers.\n\nRead also: Grain prices climb again\n")
    text = body_text(segment_lines(page))
    assert "T-09 | Tobel | 9 November" in text
    assert "Read also" not in text


REPORT = """CORVEL MONITORING GROUP | Incident Brief 4 | page 1 of 2
Fire on the bridge: shelling of the Corvel crossing
Issued 15 March 2027 / Reporting period 1 - 12 March 2027 / Lead researcher: Ana Brel

1. SUMMARY
The Corvel Monitoring Group (CMG) has documented the shelling of the river crossing at Corvel in the
Tarnel valley. Based on 14 interviews and satellite imagery, CMG concludes that artillery fired on the
crossing on 5 March. CMG has recorded at least 9 civilians killed since
the fighting began.
KEY FIGURES
- at least 9 civilians killed at the crossing since 1 March
2. THE CROSSING, 5 MARCH
Residents described shells that burst above the landing stage at dawn while the ferry was loading its cars."""


def test_a_hard_wrapped_report_keeps_its_summary_and_headline():
    lines = segment_lines(REPORT)
    found = roles(REPORT)
    assert found["Fire on the bridge: shelling of the Corvel crossing"] == "title"
    assert found["2. THE CROSSING, 5 MARCH"] == "body"  # a numbered section is no headline
    assert found["- at least 9 civilians killed at the crossing since 1 March"] == "body"
    assert ("The Corvel Monitoring Group (CMG) has documented the shelling of the river crossing at Corvel in the "
            "Tarnel valley.") in body_text(lines)
    assert "CMG has recorded at least 9 civilians killed since the fighting began." in body_text(lines)


@pytest.mark.parametrize(("page", "title", "roles_wanted"), [
    # an acronym and a name in two cells are the masthead
    ("BNS  Berita Nasional Serawan\nRiot leader arrested as police praise restraint\n14 June 2026\n\n" + BODY,
     "Riot leader arrested as police praise restraint", {"BNS | Berita Nasional Serawan": "masthead"}),
    # a menu dotted with " . " is navigation
    ("Home . Live TV . News . Shows . Sport\nThe Evening Edition: a quiet night in Kavaros\n\n" + BODY,
     "The Evening Edition: a quiet night in Kavaros", {"Home . Live TV . News . Shows . Sport": "nav"}),
    # a short name over its motto: neither is the headline
    ("The Glacier Post\nNews and letters for Sevanese in Australia\n\n\"Without a scratch\"? The spy plane and "
     "the smoke\nMar 16, 2027\n\n" + BODY, "\"Without a scratch\"? The spy plane and the smoke", {}),
    # a time stamp is no headline; a credit naming the reporter is a byline
    ("Two border guards killed as guns pound Chorlak post\nParvina Qurbonova, TRB correspondent in the valley\n"
     "12/03/2027 . 09:14 Rungkhar time . Text size A- A+\n\n" + BODY,
     "Two border guards killed as guns pound Chorlak post",
     {"Parvina Qurbonova, TRB correspondent in the valley": "byline"}),
    # an archive's note with its save date is the crawl date
    ("Saved from t.me/s/channel on 19.06.2027 22:41 by the Kavaros Conflict Archive\nANEMOS\n"
     "Sunday digest: the truce and the stadium\n\n" + BODY, "Sunday digest: the truce and the stadium",
     {"Saved from t.me/s/channel on 19.06.2027 22:41 by the Kavaros Conflict Archive": "crawl_date"}),
])
def test_headlines_among_page_furniture(page, title, roles_wanted):
    found = roles(page)
    assert [text for text, role in found.items() if role == "title"] == [title]
    assert {text: found[text] for text in roles_wanted} == roles_wanted


def test_a_title_followed_by_its_byline_is_not_joined_to_it():
    page = f"What really happened at the crossing: officers say the army hit its own ferry\nby Saule Dzhan\n\n{BODY}"
    assert roles(page)["What really happened at the crossing: officers say the army hit its own ferry"] == "title"


@pytest.mark.parametrize("label", ["LATEST", "MORE FROM THE FRONT", "OTHER CHECKS", "RELATED DOCUMENTS"])
def test_the_headlines_under_a_list_label_are_links_to_other_stories(label):
    text = (f"Headline About the Talks Today\n\n{BODY}\n\n{label}\n- 19:02 Governor tours new container berth\n"
            f"- Court jails six looters for two years\n\n" + BODY.replace("Tuesday", "Monday"))
    kept = body_text(segment_lines(text))
    assert "container berth" not in kept and "looters" not in kept and "Monday" in kept


def test_a_numbered_list_under_a_section_heading_stays():
    text = (f"Headline About the Talks Today\n\n{BODY}\n\nRECOMMENDATIONS\n- Restore mobile internet in the "
            "province.\n- Release every detainee held without charge.\n")
    assert "Release every detainee" in body_text(segment_lines(text))
