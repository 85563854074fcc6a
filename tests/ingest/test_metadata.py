import pytest

from crosscheck.dates import find_date, parse_date
from crosscheck.errors import InputError
from crosscheck.ingest.clean import body_text, segment_lines
from crosscheck.ingest.metadata import Sources, clean_author, describe_article, find_dateline, load_sources

BODY = "The talks in the capital ended on Tuesday without an agreement on the withdrawal of troops from the valley."


def describe(text: str, hints=None, sources=None, outlet=None) -> dict:
    lines = segment_lines(text, (hints or {}).get("title"))
    return describe_article(lines, body_text(lines), hints or {}, sources or Sources(), outlet)


@pytest.mark.parametrize(
    ("opening", "place", "date", "agency"),
    [
        ("STEPANAKERT (Combined Sources) — Fighting spread", "Stepanakert", None, None),
        ("MOSCOW, Oct 5 (Reuters) - The Kremlin said", "Moscow", None, "Reuters"),
        ("NEW YORK, March 4, 2024 (AP) — Talks began", "New York", "2024-03-04", "AP"),
        ("LIRANA, 8 March 2024 — The mission said", "Lirana", "2024-03-08", None),
        ("Kyiv (Herald Staff) — Sirens sounded", "Kyiv", None, None),
        ("Meanwhile, Russia — a player here", None, None, None),
        ("David Blunkett - who has resigned - built his name", None, None, None),
        ("The army said on Monday that", None, None, None),
        ("YEREVAN/BAKU (Reuters) - Armenia said", "Yerevan/Baku", None, "Reuters"),
        ("TARVIK, OCTOBER 8, VELPRESS. The mission said", "Tarvik", None, "Velpress"),
        ("(Geneva) - A shell struck the ward", "Geneva", None, None),
        ("(The) - not a place", None, None, None),
        ("(Reuters) - The Kremlin said", None, None, None),
        ("KINVIK, 14.05.2026 (VNA). Fourteen civilians were killed", "Kinvik", "2026-05-14", "VNA"),
        ("Llanos de Orvik -\n\nThe front addresses the people", "Llanos de Orvik", None, None),  # on its own line
        ("Both Sides Should Investigate\n\n(Geneva) - A shell struck", "Geneva", None, None),  # under a standfirst
        ("The ministry said on Monday.\n\nKYIV - A shell struck", None, None, None),
    ],
)
def test_datelines(opening, place, date, agency):
    found = find_dateline(opening)
    assert (found.place, found.date, found.agency) == (place, date, agency) if place else found is None


@pytest.mark.parametrize(
    ("text", "crawled", "date"),
    [
        ("MOSCOW, Oct 5 (Reuters) - The Kremlin said the talks of 28 August 2020 failed.", None, "2020-10-05"),
        ("MOSCOW, Oct 5 (Reuters) - The Kremlin said", "2021-01-10", "2020-10-05"),  # not after the crawl
        ("MOSCOW, Oct 5 (Reuters) - The Kremlin said", "2021-11-02", "2021-10-05"),
        ("MOSCOW, Oct 5 (Reuters) - The Kremlin said", None, None),  # no year anywhere: no guess
    ],
)
def test_a_wire_datelines_day_takes_the_year_of_the_crawl_or_the_article(text, crawled, date):
    assert find_dateline(text, crawled).date == date


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Friday December 8 2023", "2023-12-08"),
        ("in the 8 October, 2020 edition", "2020-10-08"),
        ("Nov. 8, 2020", "2020-11-08"),
        ("on 3rd of March 2024", "2024-03-03"),
        ("2020-10-08T10:00", "2020-10-08"),
        ("08.10.2020, 18:47", "2020-10-08"),  # dotted: day first
        ("Issued: 2027/05/13 16:00", "2027-05-13"),  # year first: month before day
        ("31 February 2020", None),
        ("October 2020", None),
    ],
)
def test_find_date(text, iso):
    found = find_date(text)
    assert (found[0] if found else None) == iso


def test_parse_date_reads_feed_dates():
    assert parse_date("Wed, 06 Mar 2024 18:30:00 GMT") == "2024-03-06"
    assert parse_date("not a date") is None


@pytest.mark.parametrize("line", ["Tue 17 Nov 2020 18.42 GMT", "November 17, 2020 7:05 AM ET", "17.11.2020, 18:47"])
def test_date_lines_with_times_and_zones_give_the_publication_date(line):
    meta = describe(f"Talks end without a deal on troops\n{line}\n\n{BODY}")
    assert meta["published"] == "2020-11-17"
    assert meta["title"] == "Talks end without a deal on troops"


@pytest.mark.parametrize(("line", "iso"), [
    ("22/08/2026 19:30 (Dobrava time)", "2026-08-22"),
    ("Filed August 25, 2026, 16:17 UTC", "2026-08-25"),
    ("Quarta-feira, 9 de Setembro de 2026", "2026-09-09"),
    ("Covers: 3-29 August 2026 | Issued: Monday 31 August 2026 | 11 pages", "2026-08-31"),
    ("First published 15 September 2026. Last updated 16 September 2026 at 10:05.", "2026-09-15"),
    ("Number 19 | Friday 29 Rabi al-Awwal 1448 / 11 September 2026", "2026-09-11"),
    ("Bulletin No. 7  ~  Friday 15 January 2027  ~  seventh day of the uprising", "2027-01-15"),
    ("Harbour Police Headquarters | Friday, 14th January, 2028 | 11:00 a.m.", "2028-01-14"),
    ("Date of issue: 17 January 2028  //  Fieldwork: 10-16 January 2028  //  Languages: English, French",
     "2028-01-17"),
    ("Friday 14 January 2028. All times GMT+3. This page updates automatically.", "2028-01-14"),
])
def test_header_date_lines_of_any_layout_give_the_publication_date(line, iso):
    meta = describe(f"TARN VALLEY POST\n{line}\n\nTalks end without a deal on troops\n\n{BODY}")
    assert meta["published"] == iso
    assert meta["title"] == "Talks end without a deal on troops"


@pytest.mark.parametrize("byline", ["By Jane Roe, Valley Correspondent", "Story by Jane Roe", "Por: Jane Roe | Pemba"])
def test_bylines_in_other_words(byline):
    meta = describe(f"Talks end without a deal on troops\n{byline}\n\n{BODY}")
    assert (meta["author"], meta["title"]) == ("Jane Roe", "Talks end without a deal on troops")


def test_a_long_sentence_case_headline_under_a_notice_is_the_title():
    headline = ("Strikes on a hospital, a grain quay and a border town: civilian deaths mount on both sides of "
                "the river")
    meta = describe(f"VALLEY MONITOR\nOur old address was closed by the censors. Follow the new link as usual.\n\n"
                    f"{headline}\n\n{BODY} {BODY}")
    assert meta["title"] == headline


def test_a_transcripts_description_under_its_headline_is_not_the_title_and_stays_in_the_body():
    standfirst = "Transcript of the weekly briefing of Colonel Ivo Marren, spokesman of the General Staff"
    lines = segment_lines(f'SECURITY | FULL TEXT\nArmy briefing: "They count every shadow twice"\n{standfirst}\n'
                          f"Press hall, Brenn -- 17/05/2027, 11:00 hrs\n\n{BODY}")
    meta = describe_article(lines, body_text(lines), {}, Sources(), None)
    assert meta["title"] == 'Army briefing: "They count every shadow twice"'
    assert body_text(lines).startswith(standfirst)  # it names who answers the questions below


def test_a_briefings_credit_lines_under_its_headline_are_not_the_title():
    lines = segment_lines("NEWS | SECURITY\nFULL TEXT: Curfew in Tarn will stay until the streets are safe\n"
                          "Briefing by Deputy Minister Ola Brenn\nTranscript prepared by the Digital Desk\n\n"
                          f"{BODY}")
    meta = describe_article(lines, body_text(lines), {}, Sources(), None)
    assert meta["title"] == "FULL TEXT: Curfew in Tarn will stay until the streets are safe"
    assert body_text(lines).startswith("Briefing by Deputy Minister Ola Brenn")  # it names who answers


def test_crawl_date_header_is_not_the_publication_date():
    meta = describe(f"Friday December 8 2023\n\nTalks collapse in the capital\n\n8 April 2021\n\n{BODY}")
    assert (meta["published"], meta["crawled"]) == ("2021-04-08", "2023-12-08")


def test_print_edition_gives_date_and_outlet():
    meta = describe(f"{BODY}\n\n*A version of this article appears in print in the 8 October, 2020 edition of "
                    "Al-Ahram Weekly\nShort link:")
    assert (meta["published"], meta["outlet"]) == ("2020-10-08", "Al-Ahram Weekly")


@pytest.mark.parametrize(
    ("tail", "outlet", "author"),
    [
        ("Jane Roe is Valley News’ staff journalist, follow her on Twitter: @janeroe", "Valley News", "Jane Roe"),
        ("Jane Roe is a correspondent for the Valley Times.", "Valley Times", "Jane Roe"),
        ("Get the Valley Mirror in your inbox:\nGet the Valley Mirror Weekly in your inbox:", "Valley Mirror Weekly",
         None),
        ("© 2024 FactLens. All rights reserved.", "FactLens", None),
    ],
)
def test_outlet_from_the_page(tail, outlet, author):
    meta = describe(f"Talks collapse in the capital\n\n{BODY}\n\n{tail}")
    assert (meta["outlet"], meta["author"]) == (outlet, author)


@pytest.mark.parametrize("masthead", [
    "CONTINENTAL PRESS, 7 March 2024",
    "SUDAN NATIONAL NEWS AGENCY, Port Sudan, 7 March 2024",  # with the place it was filed from
])
def test_masthead_line_gives_outlet_and_date(masthead):
    meta = describe(f"Strike hits market\n{masthead}\n\n" + BODY)
    assert meta["published"] == "2024-03-07"
    assert meta["outlet"] == masthead.split(",")[0].title()


def test_outlet_from_a_wire_dateline():
    assert describe("KORVEL, March 4 (Meridian Press) — " + BODY)["outlet"] == "Meridian Press"


def test_hints_beat_guesses_and_user_outlet_beats_all():
    hints = {"title": "Declared title", "author": "A. Writer", "outlet": "Site", "published": "2024-01-02"}
    meta = describe(f"Declared title\n\nBy Someone Else\n\n{BODY}", hints)
    assert (meta["title"], meta["author"], meta["outlet"], meta["published"]) == (
        "Declared title", "A. Writer", "Site", "2024-01-02")
    assert describe(BODY, hints, outlet="Mine")["outlet"] == "Mine"


def test_sources_file_maps_domains_and_aliases(tmp_path):
    path = tmp_path / "sources.yaml"
    path.write_text("outlets:\n  - name: Valley Times\n    domains: [valleytimes.example]\n"
                    "    aliases: [The Valley Times]\n    kind: report\n")
    sources = load_sources(path)
    by_url = describe(BODY, {"url": "https://www.valleytimes.example/a/1"}, sources)
    assert (by_url["outlet"], by_url["kind"]) == ("Valley Times", "report")
    assert describe(BODY, {"outlet": "the valley times"}, sources)["outlet"] == "Valley Times"
    assert describe(BODY, {"url": "https://other.example/x"}, sources)["outlet"] == "other.example"


def test_bad_sources_file_is_a_clear_error(tmp_path):
    path = tmp_path / "sources.yaml"
    path.write_text("just: a mapping\n")
    with pytest.raises(InputError, match="outlets"):
        load_sources(path)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ('Claim: "The army never shelled the town."\nClaimed by: The minister\nRating: Misleading\n\n' + BODY,
         "factcheck"),
        (f'{BODY}\n\nThe minister said "the army never shelled the town". We rate this claim False.', "factcheck"),
        (BODY + "\n\nThe claim was false, the minister said.", "news"),
        (BODY + '\n\nRating: the bond rating of the country fell, "a blow", he said.', "news"),
    ],
)
def test_kind(text, kind):
    assert describe(text)["kind"] == kind


@pytest.mark.parametrize(
    ("raw", "clean"),
    [("news@site.example (Jane Roe)", "Jane Roe"), ("news@site.example", None), (" Jane Roe ", "Jane Roe")],
)
def test_clean_author(raw, clean):
    assert clean_author(raw) == clean


def test_language_is_detected():
    assert describe(BODY)["language"] == "en"
    assert describe("Переговоры в столице закончились во вторник без соглашения о выводе войск.")["language"] == "ru"


@pytest.mark.parametrize(("outlet", "kind"), [("Human Rights Watch", "report"), ("Amnesty International", "report"),
                                              ("Meridian Press", "news")])
def test_a_monitors_own_page_is_a_report(outlet, kind):
    assert describe(BODY, {"outlet": outlet})["kind"] == kind


PAGE_BODY = ("Four shells struck the grain market in Orvik on Monday morning, killing two traders, the district "
             "administration said.\n\nThe market had reopened a week earlier.")


@pytest.mark.parametrize(
    ("header", "outlet", "title", "published"),
    [
        # a crawl stamp, a menu, the outlet's acronym and name, the headline, the place and date it was filed
        ("Crawled 2026-02-03 08:14 UTC\nHome | Region | World | Contacts\nVNS - Varden News Service\n"
         "Shells hit Orvik grain market; two traders killed\nOrvik, 4 March 2024, 10:05\nShare this: Facebook | X",
         "Varden News Service", "Shells hit Orvik grain market; two traders killed", "2024-03-04"),
        # the outlet in capitals, a menu, the headline, a date line with an update
        ("VOICE OF VARDEN\nNews | Regions | Opinion\nTwo traders die as shells hit Orvik grain market\n"
         "Published 04.03.2024 18:40 | Updated 05.03.2024 07:15\nBy Lena Stroud",
         "Voice Of Varden", "Two traders die as shells hit Orvik grain market", "2024-03-04"),
        # a weekly's masthead and tagline, a menu, the headline, a date line in parts
        ("THE VARDEN HERALD\nServing the Varden community abroad since 1987\nHome | Community | Homeland\n"
         "Shells hit Orvik grain market as talks stall\nKinvik -- Monday, March 4, 2024 -- Vol. 38, No. 41",
         "The Varden Herald", "Shells hit Orvik grain market as talks stall", "2024-03-04"),
        # the date under the masthead is the paper's own, not a crawl date
        ("THE VARDEN SENTINEL\nKinvik | Monday 4 March 2024 | 50c\nNATION | EAST | POLITICS\n"
         "Shells Hit Orvik Grain Market as Talks Stall\nBy our correspondent", "The Varden Sentinel",
         "Shells Hit Orvik Grain Market as Talks Stall", "2024-03-04"),
        # a breadcrumb led by the outlet's name
        ("ORVIK NEWSWIRE  >  World  >  Europe\n\nShells hit Orvik grain market, two dead\nMon Mar 4, 2024 4:12pm GMT",
         "Orvik Newswire", "Shells hit Orvik grain market, two dead", "2024-03-04"),
        # a monitor's name with its acronym, then the release's date line
        ("United Nations Monitoring Mission in Varden (UNMV)\nPress briefing notes | 4 March 2024\n"
         "Varden: Mission documents shelling of Orvik market", "United Nations Monitoring Mission in Varden (UNMV)",
         "Varden: Mission documents shelling of Orvik market", "2024-03-04"),
        # a bracketed crawl stamp, a breadcrumb with ">>", the agency in capitals, a filed-from line with its tag
        ("[fetched 2025-09-02T11:20:07Z]\nVNS >> News >> Defence\nVARDEN NEWS SERVICE\nPrint version | Send to a friend"
         " | RSS\n\nShells hit Orvik grain market as talks stall\nKinvik, 4 March 2024 /VNS/",
         "Varden News Service", "Shells hit Orvik grain market as talks stall", "2024-03-04"),
        # a section label above the agency, a filed-from line in the story's first paragraph
        ("World | Europe\nVARDEN NEWS SERVICE\nMarch 4, 2024 | 6:05 PM UTC | 4 min read\n\n"
         "Shells hit Orvik grain market as talks stall", "Varden News Service",
         "Shells hit Orvik grain market as talks stall", "2024-03-04"),
        # a monitor's short name on the first line, a series label, a release line, the headline over the story
        ("Varden Civilian Monitor\nValley War | Weekly update No. 3\nReleased: Monday 4 March 2024 | Period: 1-3 "
         "March 2024\nShare | Print\n\nShells hit Orvik grain market as talks stall", "Varden Civilian Monitor",
         "Shells hit Orvik grain market as talks stall", "2024-03-04"),
        # a short name on the first line above the site's menu; a menu set off by double spaces
        ("Kinvik Online\nHome  News  Liberated Zones  Opinion  Contact\nShells kill two traders at Orvik market\n"
         "Posted on 4 March 2024 by Kinvik Online Editorial Desk", "Kinvik Online",
         "Shells kill two traders at Orvik market", "2024-03-04"),
        # a channel's name beside its slogan, a long menu, a breadcrumb, a date line with an update
        ("ORVIK ONE | news . live . 24/7\nHome / News / The War / Regions / Economy / Video / Programmes / TV "
         "schedule / Contacts\nTHE WAR >> ORVIK UNDER FIRE\nShells hit Orvik grain market as talks stall\n"
         "15 October 2026, 22:10 (updated 16 October 2026, 07:40)", "Orvik One",
         "Shells hit Orvik grain market as talks stall", "2026-10-15"),
        # a blog's long "posted on ... by" line with its category and comment count
        ("KINVIK LEDGER\na journal for those who remember the valley\nFront | Dispatches | Analysis | Books\n"
         '"Two came home": at the Orvik crossing with the traders\nPosted on 19 October 2026 at 11:47 am by Ana Berk'
         " | Filed under Dispatches | 47 Comments", "Kinvik Ledger",
         '"Two came home": at the Orvik crossing with the traders', "2026-10-19"),
        # a kicker over the headline, a print notice with a day-month-year date in parts
        ("THE VARDEN CLARION\ne-Paper | Subscribe | Sign in | Classifieds\nNation | Defence | Parliament | Business\n"
         "DEFENCE\nAir defenders bring down spy plane over Orvik; trawler rams cutter\n14-Jan-2027 | 19:52 | By the "
         "Clarion Defence Desk | Print edition: page A1", "The Varden Clarion",
         "Air defenders bring down spy plane over Orvik; trawler rams cutter", "2027-01-14"),
        # a breadcrumb's open end ("Sovereign Waters >") is no headline
        ("RVR -- RADIO VARDEN -- English Service\nPortada | Nation | Islands | Economy\nSovereign Waters >\n"
         "Drone sets ferry ablaze off Orvik; 23 dead, minister says\nBroadcast: 16/01/2027 20:30 | Web version: "
         "16/01/2027 21:12", "Radio Varden", "Drone sets ferry ablaze off Orvik; 23 dead, minister says", "2027-01-16"),
        # a cache's banner in sentences, a menu set off by dashes, a view counter beside the date
        ("This is a cached copy of varden-news.example/en/2026/05/18/truce. It is a snapshot of the page as it "
         "appeared on 2 Jun 2026 09:12:40 GMT. The current page may have changed in the meantime.\n\n"
         "VNA | VARDEN NEWS AGENCY\nPolitics - Defence - Economy - World - Photo\n\n"
         "Shells hit Orvik grain market as talks stall\n\n18 May 2026, 10:32 | Views: 2,871", "Varden News Agency",
         "Shells hit Orvik grain market as talks stall", "2026-05-18"),
        # a communique's number and its "Issued from ..." line over a headline in capitals; a salutation after it
        ("[mirror copy -- retrieved 19.01.2029 from a supporters' channel]\n\nORVIK LIBERATION FRONT\n"
         "Home | Communiques | Donate\n\nCOMMUNIQUE No. 17/2029\nIssued from the liberated creeks, Sunday 14 "
         "January 2029\n\nORVIK IS FREE -- THE OCCUPATION NAVY DROWNS OUR PEOPLE\n\nSons and daughters of Orvik,",
         "Orvik Liberation Front", "ORVIK IS FREE -- THE OCCUPATION NAVY DROWNS OUR PEOPLE", "2029-01-14"),
        # a transcript's broadcast line; a two-step breadcrumb
        ("RADIO KINVIK -- The Voice of the Republic\nListen Live | Programmes | Schedule\n\nSunrise Desk > "
         "Transcripts\n\n\"We will not be hurried\": the minister on Sunrise Desk\n\nBroadcast: Mon 15/01/2029, "
         "07:10-07:31, Radio Kinvik One", "Radio Kinvik", "\"We will not be hurried\": the minister on Sunrise Desk",
         "2029-01-15"),
    ],
)
def test_page_headers_give_outlet_title_and_date(header, outlet, title, published):
    caption = "Traders clear the rubble at Orvik market. Photo: VNS / Ana Berk"
    meta = describe(f"{header}\n\n{caption}\n\n{PAGE_BODY}\n\n{caption}")
    assert (meta["outlet"], meta["title"], meta["published"]) == (outlet, title, published)


def test_a_filed_from_line_gives_the_dateline_and_a_wire_credit_the_author():
    meta = describe(f"Shells hit Orvik grain market\nKinvik, 4 March 2024, 10:05\n\n{PAGE_BODY}\n\n"
                    "(Reporting by Ana Berk in Kinvik; editing by Tom Reyes)")
    assert (meta["dateline"], meta["published"], meta["author"]) == ("Kinvik", "2024-03-04", "Ana Berk")


def test_separated_masthead_and_day_first_dashed_dates():
    meta = describe("VNA :: VARDEN NATIONAL AGENCY :: truth from the front\nHome > News > Defence\n"
                    "Shells hit Orvik grain market as talks stall\nKinvik | 04-03-2024 | 18:25\n\n" + PAGE_BODY)
    assert (meta["outlet"], meta["published"]) == ("Varden National Agency", "2024-03-04")


NEWS_BODY = ("The army shelled the market in Orvel on Saturday morning, killing four traders, the governor said "
             "in a statement read on state radio.")


@pytest.mark.parametrize(("header", "published"), [
    # day first or month first: only the dateline's weekday tells; 10 November 2026 was a Tuesday
    ("KESTRA NEWS AGENCY\nPosted: 10/11/2026 17:20\nFour traders killed in Orvel market shelling\n"
     "ORVEL, Tuesday (KNA) -\n\n", "2026-11-10"),
    ("KESTRA NEWS AGENCY\nPosted: 10/11/2026 17:20\nFour traders killed in Orvel market shelling\n"
     "ORVEL, Sunday (KNA) -\n\n", "2026-10-11"),
    ("KESTRA NEWS AGENCY\nPosted: 10/11/2026 17:20\nFour traders killed in Orvel market shelling\n\n", None),
    ("BRIDGEWIRE\nFri 30.10.26 | 07:52 UTC | 4 min read\nFour traders killed in Orvel market shelling\n\n",
     "2026-10-30"),
    # the weekday on the date's own line, and the place before it
    ("KESTRA NEWS AGENCY\nFour traders killed in Orvel market shelling\nOrvel, Tuesday (10/11/2026) 17:20 local time"
     "\n\n", "2026-11-10"),
    # a bare dotted date under the masthead is no view counter
    ("ORVEL VOICE\nFour traders killed in Orvel market shelling\n05.10.2026\n\n", "2026-10-05"),
    # a report's cut-off date and then its issue date, on one line
    ("ORVEL CASUALTY REGISTER\nFour traders killed in Orvel market shelling\nBased on information received as of "
     "19:00, 19 March 2027. Issued 22 March 2027.\n\n", "2027-03-22"),
])
def test_an_ambiguous_header_date_is_read_by_the_weekday_the_dateline_names(header, published):
    found = describe(header + NEWS_BODY)
    assert found["published"] == published
    assert found["title"] == "Four traders killed in Orvel market shelling"


def test_an_ambiguous_header_date_is_read_by_the_day_the_dateline_writes_out():
    # "12/11/2027" is 12 November or 11 December: the dateline says "12 November"
    page = ("KESTRA NEWS AGENCY\n\nFour traders killed in Orvel market shelling\n\n"
            "12/11/2027 -- 19:40   |   Reading time 4 min   |   4,210 views\n\n"
            "ORVEL, 12 November (KNA) -- " + NEWS_BODY)
    found = describe(page)
    assert (found["published"], found["title"]) == ("2027-11-12", "Four traders killed in Orvel market shelling")


def test_a_verbatim_records_sitting_line_dates_it_and_its_roster_is_no_title():
    page = ("NATIONAL ASSEMBLY OF ORVEL\n\nSTANDING COMMITTEE ON DEFENCE\n\n"
            "Sitting No. 7, Friday 11 February 2028, Committee Room 4. The sitting opened at 10.02 a.m.\n"
            "Witnesses: Hon. Ivo Marren, Minister of Defence; Major General Ada Brun, Director of Operations\n\n"
            "THE CHAIR: Order, order. Minister, the country wants to know what happened at Orvel on Tuesday.\n\n"
            "MR MARREN: Nobody flew anything into that gate. The gate gave way under the weight of the water.")
    found = describe(page)
    assert found["published"] == "2028-02-11"
    assert "Witnesses" not in (found["title"] or "")


def test_a_rights_groups_brief_with_findings_and_recommendations_is_a_report():
    page = ("Four traders killed in Orvel market shelling\n\nKEY FINDINGS\n\n" + NEWS_BODY +
            "\n\nRECOMMENDATIONS\n\n- The army should stop shelling markets.")
    assert describe(page)["kind"] == "report"
    assert describe("Four traders killed in Orvel market shelling\n\n" + NEWS_BODY,
                    outlet="Lumen Rights International")["kind"] == "report"


def test_a_page_with_a_methods_section_and_a_citation_is_a_report():
    page = ("Orvel Casualty Register\nFlash Update No. 4\nReporting window: 1-14 May 2026\n"
            "Four traders killed in Orvel market shelling\n\n" + NEWS_BODY + "\n\nMETHODOLOGY\n\n"
            "Every death is confirmed by two sources.\n\nCite as: Orvel Casualty Register, Flash Update No. 4.")
    assert describe(page)["kind"] == "report"
    assert describe("Orvel Casualty Register\nFour traders killed in Orvel market shelling\n\n" + NEWS_BODY
                    )["kind"] == "news"


def test_a_watch_is_a_monitor():
    assert describe("Four traders killed in Orvel market shelling\n\n" + NEWS_BODY,
                    outlet="Medical Neutrality Watch")["kind"] == "report"


@pytest.mark.parametrize(("line", "author", "published"), [
    ("By Jane Roe | Published January 19, 2027 | Corrected January 20, 2027 (see note at the end)", "Jane Roe",
     "2027-01-19"),
    ("Posted on 19 October 2026 at 11:47 am by Ana Berk | Filed under Dispatches | 47 Comments", "Ana Berk",
     "2026-10-19"),
])
def test_long_header_lines_give_author_and_date_not_an_outlet(line, author, published):
    meta = describe(f"Shells hit Orvik grain market as talks stall\n{line}\n\n{PAGE_BODY}")
    assert (meta["author"], meta["published"], meta["outlet"]) == (author, published, None)


def test_a_spaced_capitals_masthead_and_a_dated_issue_line_below_a_saved_copy_stamp():
    page = ("Archived copy of 29/04/2027 05:51, made by a page saver\n"
            "O R V E L   V O I C E\nBulletin of the Orvel Defence Committee\n\n"
            "Orvel Voice Issue 12 -- Sat 17 Apr 2027 -- Orvel\n\n"
            "Four traders killed in Orvel market shelling\n\n" + NEWS_BODY)
    meta = describe(page)
    assert (meta["outlet"], meta["published"], meta["crawled"]) == ("Orvel Voice", "2027-04-17", "2027-04-29")
    # with no masthead above it, the date line is still the paper's: the saved copy has its own stamp
    meta = describe(page.replace("O R V E L   V O I C E\nBulletin of the Orvel Defence Committee\n", ""))
    assert (meta["published"], meta["crawled"]) == ("2027-04-17", "2027-04-29")


def test_a_page_with_no_headline_still_takes_its_outlet_from_the_capitals_over_it():
    page = ("TARSK VALLEY MONITORING MISSION\nSituation Report No. 12 | Reporting period: 8-14 May 2027\n\n"
            f"{PAGE_BODY}")
    assert describe(page)["outlet"] == "Tarsk Valley Monitoring Mission"
