"""The compare stage on the demo corpus: planted contradictions are linked, planted look-alikes are not,
and each outlet's lean comes from its own words."""

from __future__ import annotations

import json
import re

import pytest

from crosscheck.store import Store


@pytest.fixture(scope="module")
def demo(demo_store, tmp_path_factory):
    out = tmp_path_factory.mktemp("compare") / "export.json"
    from typer.testing import CliRunner

    from crosscheck.cli import app

    assert CliRunner().invoke(app, ["export", "--db", str(demo_store), "-o", str(out)]).exit_code == 0
    return json.loads(out.read_text())


def _items(export):
    items = {c["id"]: c for c in export["claims"]}
    items.update({f["id"]: f for f in export["figures"]})
    return items


def _linked(export, kind, basis, first, second):
    """Is there a link of this kind and basis between an item containing ``first`` and one containing ``second``?"""
    items = _items(export)
    for link in export["links"]:
        if link["type"] != kind or link["basis"] != basis:
            continue
        texts = (items[link["a"]]["text"], items[link["b"]]["text"])
        if any(first in x and second in y for x, y in (texts, texts[::-1])):
            return True
    return False


def test_every_link_is_explained_and_points_at_stored_items(demo):
    items = _items(demo)
    assert demo["links"]
    for link in demo["links"]:
        assert link["type"] in ("contradicts", "corroborates", "same_quote")
        assert link["a"] in items and link["b"] in items and link["a"] != link["b"]
        assert link["basis"] and link["explanation"] and 0 <= link["score"] <= 1
        assert link["origins"], link


def test_denial_of_a_stated_strike(demo):
    assert _linked(demo, "contradicts", "denial", "Solmari drones had struck the border village of Hestra",
                   "Our forces did not carry out any strike on Hestra")


def test_each_side_blaming_the_other_for_one_strike(demo):
    assert _linked(demo, "contradicts", "blame", "Solmari militias had fired on the market in Korvel themselves",
                   "Dravian artillery had killed 12 civilians in Korveli")


def test_never_targeted_civilians_against_the_monitors_record(demo):
    assert _linked(demo, "contradicts", "record", "Dravian forces have never targeted civilians",
                   "Dravian forces fired the cluster rockets into the crowded market")


def test_a_downing_denied_by_the_side_said_to_have_lost_it(demo):
    assert _linked(demo, "contradicts", "denial", "shot down a Solmari attack drone over Brel",
                   "No Solmari drone was lost over Brel")


def test_a_downing_of_the_other_side_s_aircraft_is_not_what_was_denied(demo):
    assert not _linked(demo, "contradicts", "denial", "shot down a Dravian helicopter", "No Solmari drone was lost")


@pytest.mark.parametrize(("first", "second"), [("nine", "12"), ("three", "four")])
def test_same_count_with_incompatible_values(demo, first, second):
    assert _linked(demo, "contradicts", "numbers", first, second)


@pytest.mark.parametrize("count", [
    r"killed two civilians in the Dravian town of Brel",  # another town, the same day as Korvel's twelve
    r"^64$",  # 64 killed across eleven strikes since January: a running total, not the March 2 count
])
def test_lookalike_numbers_are_not_contradictions(demo, count):
    items = _items(demo)
    assert any(re.search(count, item["text"]) for item in items.values())  # the count is there to be linked
    numeric = [k for k in demo["links"] if k["basis"] == "numbers"]
    assert not [k for k in numeric if any(re.search(count, items[k[s]]["text"]) for s in ("a", "b"))]


def test_same_town_on_another_day_is_not_the_same_event(demo):
    items = _items(demo)
    earlier = [k for k in demo["links"] if k["type"] == "contradicts"
               and any("February 20" in items[k[s]]["text"] for s in ("a", "b"))]
    assert not earlier


def test_one_monitor_quoted_twice_is_one_origin(demo):
    by_type = [k for k in demo["links"] if k["type"] == "corroborates"]
    for link in by_type:
        assert len({o["name"] for o in link["origins"]}) == len(link["origins"])


def test_lean_follows_each_outlets_own_words(demo):
    lean = {d["outlet"]: d["lean"] for d in demo["documents"]}
    assert lean["Dravia Today"]["side"] == "dravia"
    assert lean["The Solmar Weekly Herald"]["side"] == "solmar"
    assert any("aggression" in m for m in lean["Dravia Today"]["markers"])
    for neutral in ("UN Monitoring Mission in the Tarn Valley", "FactLens", "Meridian Press"):
        assert lean[neutral]["side"] is None, (neutral, lean[neutral])


def test_a_rerun_reuses_kept_embeddings(demo_store, cli):
    with Store(str(demo_store)) as store:
        kept = store.vectors("all-MiniLM-L6-v2")
    assert kept and all(len(blob) == 384 * 4 for _, blob in kept.values())


def _event(export, words):
    claims = {c["id"]: c for c in export["claims"]}
    return next((e for e in export["events"] if words in claims[e["claim"]]["text"]), None)


def test_events_say_what_happened_where_and_by_whom(demo):
    entities = {e["id"]: e for e in demo["entities"]}
    capture = _event(demo, "Dravian forces liberated Korvel")
    assert capture["type"] == "capture" and capture["side"] == "dravia" and capture["date"] == "2024-02-24"
    assert entities[capture["place"]]["name"] == "Korvel"
    assert [entities[a]["name"] for a in capture["actors"]] == ["Dravian forces"]
    brel = _event(demo, "Solmari shelling killed two civilians in the Dravian town of Brel")
    assert (brel["side"], brel["target"], brel["fatalities"], entities[brel["place"]]["name"]) == (
        "solmar", "civilians", 2, "Brel")


def test_a_denial_is_no_event(demo):
    assert _event(demo, "Our forces did not carry out any strike on Hestra") is None
    assert all(e["claim"] in {c["id"] for c in demo["claims"] if c["polarity"] == "affirm"} for e in demo["events"])


def test_the_same_count_from_two_outlets_corroborates_and_another_town_does_not(export_of, tmp_path):
    records = tmp_path / "ferries.jsonl"
    records.write_text("\n".join(json.dumps(r) for r in [
        {"title": "Ferry fired on near Tolvik", "outlet": "Harbor Wire", "published": "2024-05-13",
         "text": "BRASK, May 13 (Harbor Wire) - At least 11 passengers were killed when gunmen fired on a river "
                 "ferry near Tolvik on Saturday, the regional police said in a statement."},
        {"title": "Mourning in Tolvik", "outlet": "Valley Voice", "published": "2024-05-14",
         "text": "Eleven passengers died near Tolvik on Saturday when the ferry was fired on from the eastern "
                 "bank, survivors told the Valley Voice."},
        {"title": "Navy statement", "outlet": "Coast Daily", "published": "2024-05-13",
         "text": "Eleven passengers died near Marsk on Saturday after their boat capsized in a storm, the navy said."},
    ]) + "\n")
    export = export_of(records)
    assert all(c["date"] == "2024-05-11" for c in export["claims"])  # "on Saturday", not the dateline's May 13
    # one corroboration: by the count, or by the frame (a ferry, a civilian target, fired on) when that is surer
    assert [k["type"] for k in export["links"]] == ["corroborates"]
    assert any(_linked(export, "corroborates", basis, "At least 11 passengers", "Eleven passengers died near Tolvik")
               for basis in ("numbers", "frame"))
    assert "Tolvik" in export["links"][0]["explanation"]


HALMAR_WAR = [  # written for these tests: Halmar (people: Halmish) against Velsia
    {"title": "Osterby buries its dead", "outlet": "Voice of Halmar", "published": "2025-06-06",
     "text": "Osterby buried its martyrs on Thursday, three days after a Velsian missile slammed into the bus depot "
             "on 2 June, killing nine civilians.\n\nThe junta in the east has spent the week inventing stories. "
             "Velsia claims its air defence brought down one of our jets near Tarrow. \"Every crew came home on "
             "3 June. No aircraft is missing,\" Halmish Air Force spokesman Colonel Ivo Brandt said.\n\nThe "
             "occupiers also say our soldiers took hostages in Krell. Our heroes do not take hostages.\n\n"
             "On 4 June the occupiers blew up the Tarrow bridge themselves to slow our advance."},
    {"title": "Air defence downs Halmish jet", "outlet": "Velsian State Agency", "published": "2025-06-04",
     "text": "Velsian air defence units shot down a Halmish Su-25 jet near Tarrow on 3 June, Velsia's Defence "
             "Ministry said.\n\nThe ministry said Halmish troops rounded up 30 men in the village of Krell on "
             "4 June. Velsian forces hold the ridge above Krell.\n\nHalmish artillery destroyed the Tarrow bridge "
             "on 4 June, the ministry said."},
    {"title": "Halmar denies detentions in Krell", "outlet": "Baltic Newswire", "published": "2025-06-05",
     "text": "TARROW, June 5 (Baltic Newswire) - Halmar on Thursday rejected reports from Velsia of detentions.\n\n"
             "\"Our forces detained nobody in Krell,\" Halmish defence ministry spokeswoman Mira Lund said.\n\n"
             "Velsia also said Halmish special forces crossed the border into the village of Dorne on 5 June. "
             "The Halmish general staff denied that any of its units had entered Dorne."},
]


def _module_export(tmp_path_factory, name: str, records: list[dict] | dict[str, str]) -> dict:
    """Analyze written-for-the-test records (or pages: file name -> text) once per module; return the export."""
    from typer.testing import CliRunner

    from crosscheck.cli import app

    folder = tmp_path_factory.mktemp(name)
    pages = records if isinstance(records, dict) else {
        f"{name}.jsonl": "\n".join(json.dumps(r) for r in records) + "\n"}
    (folder / "in").mkdir()
    for file_name, text in pages.items():
        (folder / "in" / file_name).write_text(text)
    db, out = folder / "s.db", folder / "export.json"
    runner = CliRunner()
    assert runner.invoke(app, ["analyze", str(folder / "in"), "--db", str(db), "-q"]).exit_code == 0
    assert runner.invoke(app, ["export", "--db", str(db), "-o", str(out)]).exit_code == 0
    return json.loads(out.read_text())


@pytest.fixture(scope="module")
def halmar(tmp_path_factory):
    return _module_export(tmp_path_factory, "halmar", HALMAR_WAR)


def test_loaded_words_that_name_no_side_count_against_the_attacker(halmar):
    lean = {d["outlet"]: d["lean"] for d in halmar["documents"]}["Voice of Halmar"]
    assert lean["side"] == "halmar"  # "Halmish" is learned as Halmar's demonym
    assert any("naming no side" in m and "velsia" in m for m in lean["markers"])


def test_an_owner_saying_no_aircraft_is_missing_denies_the_downing(halmar):
    assert _linked(halmar, "contradicts", "denial", "shot down a Halmish Su-25 jet", "No aircraft is missing")


def test_a_detention_and_its_denial(halmar):
    assert _linked(halmar, "contradicts", "denial", "rounded up 30 men", "detained nobody in Krell")


def test_a_border_crossing_and_its_denial(halmar):
    assert _linked(halmar, "contradicts", "denial", "crossed the border into the village of Dorne", "entered Dorne")


def test_the_occupiers_are_the_voices_opponent_so_each_side_blames_the_other(halmar):
    assert _linked(halmar, "contradicts", "blame", "occupiers blew up the Tarrow bridge",
                   "Halmish artillery destroyed the Tarrow bridge")


def test_a_wire_quoting_one_side_more_is_not_leaning(export_of, tmp_path):
    quotes = " ".join(f'"The shelling of Orvik went on for {n} hours," Chadian officer Idriss Kane said.'
                      for n in ("two", "three", "four", "five"))
    records = tmp_path / "wire.jsonl"
    records.write_text(json.dumps({
        "title": "Shelling of Orvik continues", "outlet": "Coastal Newswire", "published": "2025-06-05",
        "text": f"Libyan forces shelled Orvik on Wednesday, Chad said. {quotes}\n\n"
                "Chadian forces shelled Krell on Tuesday, Libya said."}) + "\n")
    [doc] = export_of(records)["documents"]
    assert any(m.startswith("quotes 5 chad voices") for m in doc["lean"]["markers"])  # the imbalance is seen
    assert doc["lean"]["side"] is None  # but is no framing of the wire's own


def test_an_outlet_telling_of_its_own_sides_strike_on_terrorists_is_not_accusing_it(export_of, tmp_path):
    records = tmp_path / "state.jsonl"
    records.write_text(json.dumps({
        "title": "Air force strikes back", "outlet": "Chad Today", "published": "2025-06-05",
        "text": "The Chadian air force struck a terrorist camp near Orvik on Monday, killing 30 militants.\n\n"
                "Libyan forces shelled the market in Krell on Tuesday, killing nine civilians."}) + "\n")
    [doc] = export_of(records)["documents"]
    assert doc["lean"]["side"] == "chad"
    assert not any("against chad" in m for m in doc["lean"]["markers"])


BRENNA_WAR = [  # written for these tests: Brenna (people: Brennish) against Quellmark (people: Quellish)
    {"title": "Quellish missile hits Ardo hospital", "outlet": "Brenna Public Radio", "published": "2026-04-16",
     "text": "A Quellish cruise missile struck Ardo General Hospital on Tuesday, 14 April, killing four patients.\n\n"
             "Quellmark's Defence Ministry claims its marines seized the island of Tove on 15 April. "
             "\"Tove has not changed hands. "
             "Our garrison is there,\" Brenna's army spokesman Colonel Ivar Lund said.\n\n"
             "Quellmark also claims it shot down one of our patrol planes off Sella on 15 April. \"We lost no "
             "aircraft that day. The patrol plane landed at Brenna Field with its crew,\" navy spokesman "
             "Commander Eli Ruud of Brenna's navy said.\n\n"
             "Brenna's Interior Ministry said Quellish commandos abducted the mayor "
             "of Vik on 15 April."},
    {"title": "Quellmark answers Brenna", "outlet": "Quellmark State Agency", "published": "2026-04-17",
     "text": "The blast at the Ardo hospital on 14 April was the detonation of Brennish ammunition stored beside "
             "it, Quellmark's Defence Ministry said.\n\n"
             "Air defence crews shot down a Brennish patrol plane off Sella on "
             "15 April, the General Staff said.\n\nNo official from Vik is in Quellish custody, interior ministry "
             "spokesman Pavel Dorn of Quellmark's Interior Ministry said on 16 April.\n\n"
             "\"Quellmark has never used cluster munitions,\" defence "
             "minister Anna Sorel said on 16 April."},
    {"title": "Civilian harm in the Tove strait", "outlet": "Human Rights Watch", "published": "2026-04-20",
     "text": "Human Rights Watch documented Quellish cluster munitions that fell on the market in Ardo on "
             "12 April, killing three civilians."},
]


@pytest.fixture(scope="module")
def brenna(tmp_path_factory):
    return _module_export(tmp_path_factory, "brenna", BRENNA_WAR)


def test_ground_said_to_be_still_held_denies_its_capture(brenna):
    assert _linked(brenna, "contradicts", "denial", "marines seized the island of Tove", "Tove has not changed hands")


def test_an_explosion_of_the_other_sides_ammunition_is_blame(brenna):
    assert _linked(brenna, "contradicts", "blame", "Quellish cruise missile struck Ardo",
                   "detonation of Brennish ammunition")


def test_where_the_plane_landed_is_not_where_it_was_said_to_fall(brenna):
    assert _linked(brenna, "contradicts", "denial", "shot down a Brennish patrol plane", "We lost no aircraft")


def test_nobody_in_our_custody_denies_an_abduction(brenna):
    assert _linked(brenna, "contradicts", "denial", "commandos abducted the mayor", "No official from Vik")


def test_never_used_a_weapon_against_the_monitors_record_of_it(brenna):
    # a "never" set against what a monitor documented is a contradiction of the record
    assert _linked(brenna, "contradicts", "record", "cluster munitions that fell on the market",
                   "never used cluster munitions")


OSSA_WAR = [  # written for these tests: Dravenland (people: Draven) against the Ossa Liberation Front (OLF)
    {"title": "Bomb kills six at Mora market", "outlet": "Dravenland State Agency", "published": "2026-05-05",
     "text": "A bomb planted by separatists exploded at the Mora market on 3 May, killing six civilians, "
             "Colonel Pavo Renn said.\n\nSecurity forces killed twelve rebels near Sabo on 4 May, the Defence "
             "Ministry said."},
    {"title": "Junta guns hit Mora", "outlet": "Voice of the Ossa Front", "published": "2026-05-05",
     "text": "Government troops shelled the Mora market on 3 May, killing six civilians. The junta lies about "
             "a bomb.\n\nThe Ossa Liberation Front (OLF) says its fighters captured the hill post at Sabo on "
             "4 May. Draven soldiers shelled our trenches near Sabo. The Ossan fighters of the OLF held the road."},
    {"title": "Fighting near Sabo", "outlet": "Coastal Newswire", "published": "2026-05-06",
     "text": "SABO, May 6 (Coastal Newswire) - Fighting between Dravenland's army and the Ossa Liberation Front "
             "went on near Sabo on Wednesday, residents said."},
]


@pytest.fixture(scope="module")
def ossa(tmp_path_factory):
    return _module_export(tmp_path_factory, "ossa", OSSA_WAR)


def test_separatists_and_government_troops_are_the_two_parties_so_each_side_blames_the_other(ossa):
    # "separatists" is the armed group, "government troops" the state; the state agency's unlabelled colonel
    # speaks for the state it is named for, the bulletin for the movement its lean favours
    assert _linked(ossa, "contradicts", "blame", "bomb planted by separatists exploded at the Mora market",
                   "Government troops shelled the Mora market")


def test_an_armed_movement_is_one_side_under_its_acronym_and_a_bare_demonym_names_its_state(ossa):
    leans = {d["outlet"]: d["lean"] for d in ossa["documents"]}
    # "Ossa", "Ossan", "OLF": one party, shown under its acronym and its name
    assert leans["Voice of the Ossa Front"]["side"] == "olf (ossa liberation front)"
    assert any("against dravenland" in m for m in leans["Voice of the Ossa Front"]["markers"])  # "Draven soldiers"
    assert leans["Coastal Newswire"]["side"] is None


KELL_SEA = [  # written for these tests: the Republic of Quessland (people: Quessi) against the Kingdom of Morvath
    {"title": "Quessi navy says it sank a Morvathi patrol boat", "outlet": "Harbour Radio",
     "published": "2026-07-09",
     "text": "Quessi gunboats sank the Morvathi patrol boat Seastar off Kell Island on 8 July, the Quessi navy "
             "said.\n\nThe Morvathi coastguard seized the trawler Brightwater and her nine crew near Kell Island "
             "on 7 July, the trawler's owners said.\n\nThe 14th Coastal Brigade and the Quessi navy blame the "
             "Royal Coast Guard."},
    {"title": "Official agency of the Kingdom of Morvath", "outlet": "Morvath State Agency",
     "published": "2026-07-09",
     "text": "The Seastar is afloat and moored in Port Alder, navy spokesman Ivo Brandt said on 9 July.\n\n"
             "\"The Brightwater was inspected and released. We are not holding a single Quessi fisherman,\" "
             "Brandt said.\n\n"
             "Brandt said fishing harbours are off limits to our missiles, and the navy has kept the truce "
             "since the talks. He said Quessi forces of the Republic of Quessland broke the truce at Kell."},
    {"title": "Kell: harm to civilians in July", "outlet": "Coastal Harm Watch", "published": "2026-07-12",
     "text": "On 8 July a Morvathi missile struck the fishing harbour at Kell Island, killing two dock "
             "workers. The Quessi navy fired on Morvathi boats the same day."},
]


@pytest.fixture(scope="module")
def kell(tmp_path_factory):
    return _module_export(tmp_path_factory, "kell", KELL_SEA)


def test_a_sinking_is_denied_by_the_owner_saying_the_ship_is_afloat(kell):
    assert _linked(kell, "contradicts", "denial", "sank the Morvathi patrol boat Seastar",
                   "The Seastar is afloat")


def test_a_crew_seized_with_their_boat_is_a_detention_its_captor_denies(kell):
    assert _linked(kell, "contradicts", "denial", "seized the trawler Brightwater and her nine crew",
                   "not holding a single Quessi fisherman")


def test_a_place_off_limits_to_a_sides_missiles_against_the_monitors_record_of_a_strike(kell):
    assert _linked(kell, "contradicts", "record", "Morvathi missile struck the fishing harbour",
                   "fishing harbours are off limits to our missiles")


def test_declared_states_name_their_demonyms_and_units_are_no_parties(kell):
    # "Quessi" is Quessland's only through "the Republic of Quessland"; a numbered brigade and a royal coast
    # guard are formations of some army, not parties of their own
    sides = {d["outlet"]: d["lean"]["side"] for d in kell["documents"]}
    assert sides["Coastal Harm Watch"] is None
    named = {m.split(" (")[-1].rstrip(")") for d in kell["documents"] for m in d["lean"]["markers"]}
    assert not any("brigade" in m or "royal" in m for m in named)
    assert _linked(kell, "contradicts", "denial", "broke the truce at Kell", "kept the truce") is False


ARDEN_PAGES = {  # written for these tests: the Republic of Norvania against Tessany (people: Tessian)
    "norpress_varo_market.txt": """NORPRESS -- State News Agency of the Republic of Norvania
Home | Politics | Security | Regions | Sport
Security
Tessian gunners turn Varo market into a graveyard
12.05.2027 | 10:15

Varo, 12 May -- Tessian artillery shelled the covered market in Varo on Monday morning, the Interior Ministry \
said. The occupiers have once again shown the world what they are.

The director of the district hospital, Ilse Darnok, said seven people were killed and twenty were injured, \
most of them traders.
""",
    "vcm_update4.txt": """VALE CIVILIAN MONITOR
Update No. 4
Civilian harm in the Arden valley
Covering 1 - 14 May 2027 || released 16.05.2027

SUMMARY
Since fighting resumed on 1 May, the monitor has verified at least 31 civilian deaths across the valley.

INCIDENTS

V-02 | Varo | 10 May
Shortly after 09:00, artillery shells fired from Tessian positions struck the covered market. The shelling \
killed 7 people and injured 20.

V-03 | Ostel | 12 May
A drone struck a school in Ostel, some 30 km north of Varo, killing two children.
""",
    "tessany_today_varo.txt": """TESSANY TODAY
Read also: Tessany wins the regional football cup
Ministry rejects Norvanian fables about Varo
Published 13 May 2027

Tessany's Defence Ministry on Thursday rejected what it called Norvanian fables about the market in Varo. \
"Our guns did not fire at Varo. We do not make war on traders," ministry spokesman Oren Valk said.
""",
}


@pytest.fixture(scope="module")
def arden(tmp_path_factory) -> dict:
    return _module_export(tmp_path_factory, "arden", ARDEN_PAGES)


def test_a_count_told_after_its_event_agrees_with_a_monitors_incident(arden):
    # "seven people were killed" names no place or day: it counts the shelling told just before it; the monitor's
    # count is under the heading "V-02 | Varo | 10 May", which stays in its text
    assert _linked(arden, "corroborates", "numbers", "seven", "7")
    assert not _linked(arden, "corroborates", "numbers", "seven", "two children")


def test_an_undated_denial_answers_an_accusation_days_before_it(arden):
    assert _linked(arden, "contradicts", "denial", "Tessian artillery shelled the covered market",
                   "Our guns did not fire at Varo")


def test_a_place_named_to_locate_another_is_not_where_it_happened(arden):
    school = next(f for f in arden["figures"] if "two children" in f["text"] or f["text"] == "two")
    assert not any(school["id"] in (link["a"], link["b"]) for link in arden["links"])  # Ostel, not Varo


def test_an_outlet_that_says_whose_it_is_leans_that_way(arden):
    lean = next(d["lean"] for d in arden["documents"] if d["source"].endswith("norpress_varo_market.txt"))
    assert lean["side"] == "norvania"
    assert any("declares itself" in m for m in lean["markers"])


DORN_PAGES = {  # written for these tests: Kormania against Talvania (people: Talvan), whose capital is Brask
    "korpress_dorn_wedding.txt": """KORPRESS -- State Information Agency of Kormania
Home | Politics | Security | Regions
Talvan gunners shell a wedding in Dorn
12.03.2027 | 09:00

Velis, 12 March -- Talvan howitzers shelled a wedding in Dorn on Tuesday evening, Kormania's Emergencies \
Ministry said. Eleven wedding guests were killed, five of them children. Talvania's defence ministry has not \
commented. The Brask \
regime will blame our own army, as it always does.
""",
    "vale_watch_note2.txt": """VALE WATCH
Field note 2: Dorn
Released 15.03.2027

On 9 March, shortly after 19:00, artillery fired from positions held by Talvan forces struck a wedding in \
Dorn, killing 11 civilians, five of them children. Kormanian forces shelled Talvan positions near Ostrel the \
next day.
""",
    "frontline_notes.txt": """FRONTLINE NOTES
Home | Dispatches | Books
The bread run to Dorn
Posted on 14 March 2027 by Ivo Marek | Filed under Dispatches | 12 Comments

Kormanian volunteers drove bread to Dorn again this week. The Brask junta says nobody lives there any more, \
and Brask propaganda repeats it for two days running. The families at the school know better.
""",
}


@pytest.fixture(scope="module")
def dorn(tmp_path_factory) -> dict:
    return _module_export(tmp_path_factory, "dorn", DORN_PAGES)


def test_a_capital_sneered_at_by_a_sides_outlet_stands_for_the_other_side_elsewhere(dorn):
    # KORPRESS (Kormania's) writes "the Brask regime": Brask is Talvania's; the blog that only sneers at
    # "the Brask junta" and "Brask propaganda" leans against Talvania
    lean = next(d["lean"] for d in dorn["documents"] if d["source"].endswith("frontline_notes.txt"))
    assert lean["side"] == "kormania"
    assert any("capital standing for talvania" in m for m in lean["markers"])


def test_a_demonym_before_a_weapon_is_a_side_not_a_weapon(dorn):
    # "Talvan howitzers" on one page, "Talvan forces" on another
    assert not any(e["type"] == "weapon" and e["name"] == "Talvan" for e in dorn["entities"])


def test_a_part_of_the_counted_contradicts_nothing(dorn):
    # "five of them children" counts children among the eleven, not the dead: no other count of the dead
    assert any(_linked(dorn, "corroborates", basis, "Eleven wedding guests", "killing 11 civilians")
               for basis in ("frame", "numbers"))
    assert not any(link["basis"] == "numbers" and link["type"] == "contradicts" for link in dorn["links"])


TEMBA_PAGES = {  # written for these tests: Qaradia against the Hallan Alliance (fighters: Hallani)
    "dunewatch_note3.txt": """DUNEWATCH
independent monitoring of attacks on civilians
About | Incident log | Methodology | Open data
[ PDF 0.8 MB ]  [ CSV incident log ]

Field note 3: Surat, 12 February 2027
On 12 February an explosion at the Surat market killed 17 civilians. Dunewatch could not establish who caused \
it.
""",
    "meridian_surat.txt": """MERIDIAN | World > Africa
Blast kills 17 at Surat market as junta and rebels trade blame
By Anna Lisle

SURAT, Qaradia (Meridian) - An explosion tore through the Friday market in the oasis town of Surat on Friday, \
killing 17 people, the director of the town hospital said. The army blamed the Resistance Committees, the \
armed wing of the Hallan Alliance Resistance Committees; the Alliance blamed a government drone. Meridian \
could not verify either account.
""",
    "qna_surat_market.txt": """QNA -- Qaradia News Agency
Home | Politics | Security | Economy
Surat market: Hallan gangs hid a bomb in a fruit cart, army says
13.02.2027 | 10:15

Hallan Alliance gangs hid a bomb in a fruit cart at the Surat market on Friday, the spokesman of the Qaradi \
Armed Forces, Colonel Idris Farouk, said on Saturday, calling the attack "the work of cowards who fear the \
people of the oases".

Seventeen citizens fell as martyrs of this crime, the colonel said. Security services have detained 12 \
suspects in Surat.
""",
    "sandcheck_drone.txt": """SANDCHECK | verification desk
Fact checks / Qaradia / Video

Video of a burning drone is not from the Tarfaya road
Mona Aziz - 16.02.2027

+--------------------------------------------------+
| Claim: Video shows a junta drone shot down over  |
| the Tarfaya road                                 |
| Rating: Misleading                               |
+--------------------------------------------------+

The video circulating since Thursday was first posted in 2025, a reverse image search shows.
""",
    "voice_of_hallan.txt": """VOICE OF THE HALLAN ALLIANCE
Bulletin 40 | 14.02.2027

The massacre in Surat
Friday's massacre at the Surat market was the work of a junta drone. Traders heard it circling above the palm \
grove before the explosion. Our fighters do not plant bombs among our own mothers.

On Thursday of last week Hallani gunners brought down a junta reconnaissance drone over the Tarfaya road.
""",
}


@pytest.fixture(scope="module")
def temba(tmp_path_factory) -> dict:
    return _module_export(tmp_path_factory, "temba", TEMBA_PAGES)


def _document(export: dict, name: str) -> dict:
    return next(d for d in export["documents"] if d["source"].endswith(name))


def test_the_words_before_a_trailing_speaker_are_the_claim_though_a_quote_follows_the_cue(temba):
    # "..., Colonel Idris Farouk, said on Saturday, calling the attack \"...\"": the bomb is his claim
    assert any(c["text"].startswith("Hallan Alliance gangs hid a bomb") for c in temba["claims"])


def test_a_hidden_bomb_and_the_other_sides_drone_are_blame_for_one_massacre(temba):
    assert _linked(temba, "contradicts", "blame", "hid a bomb in a fruit cart", "the work of a junta drone")


def test_a_people_whose_fighters_are_named_by_demonym_is_an_armed_party_not_a_state(temba):
    # "Hallani gunners" beside the "Hallan Alliance": no ministry or state army bears the name
    assert _document(temba, "voice_of_hallan.txt")["lean"]["side"] == "hallan"
    assert _document(temba, "qna_surat_market.txt")["lean"]["side"] == "qaradia"


def test_a_bodys_shortened_name_is_that_body(temba):
    committees = next(e for e in temba["entities"] if e["name"] == "Hallan Alliance Resistance Committees")
    assert "Resistance Committees" in committees["aliases"]


def test_a_monitors_downloads_and_a_boxed_rating_mark_a_report_and_a_fact_check(temba):
    assert _document(temba, "dunewatch_note3.txt")["kind"] == "report"
    check = _document(temba, "sandcheck_drone.txt")
    assert check["kind"] == "factcheck"
    assert check["title"] == "Video of a burning drone is not from the Tarfaya road"


def test_a_weekday_of_last_week_is_dated_in_the_week_before_publication(temba):
    downing = next(c for c in temba["claims"] if "brought down a junta reconnaissance drone" in c["text"])
    assert downing["date"] == "2027-02-04"  # published Sunday 14 February


ORSK_PAGES = {  # written for these tests: Varnia against the breakaway Republic of Ostrelia, backed by Dravonia
    "varnia_tv_live.txt": """VARNIA TV -- Public Television of Varnia
Live: the eastern front
14.08.2026 | 21:40

A Varnian Red Cross convoy of 14 trucks was turned back at the Orsk checkpoint on Friday morning after waiting \
six hours, said Mira Tallo, who heads the convoy. The separatist officer refused to open the trucks.

A Dravonian mechanised battalion crossed the border at Zelt on Wednesday night and moved towards Kavel, \
General Staff spokesman Colonel Ivo Rask said.

A Varnian patrol was stopped at the Brenn checkpoint on Monday, the General Staff said.

Varnian forces captured the town of Holm on Friday, Rask said. Ostrelian troops emptied the village of Marn at \
gunpoint on Thursday, he added.
""",
    "ostrelia_info.txt": """OSTRELIA-INFO -- Official News Agency of the Republic of Ostrelia
15.08.2026 | 10:00

The fourteen trucks were allowed through after a standard inspection at Orsk on Friday and reached Kavel by \
noon, the Republic's border service said.

Defence minister Petar Lund said: "No minor has ever been called up into the army of the Republic. Our recruits \
are eighteen and older."

The town of Holm has not fallen and our units are in it, Lund said on Saturday. On Thursday the residents of \
Marn were evacuated at their own request, the ministry said.
""",
    "dravonia_daily.txt": """DRAVONIA DAILY -- the voice of Dravonia
16.08.2026

Defence minister Anton Rell said on Sunday: "There is not one Dravonian soldier on Ostrelian soil, and the \
gentlemen in Varnia know it."
""",
    "steppe_watch.txt": """STEPPE WATCH
Field update 3
Released 16.08.2026

Steppe Watch documented the forced conscription of at least 23 boys aged 16 and 17 by the Ostrelian authorities \
in Kavel on 12 August.

On 13 August Ostrelian police fired live ammunition at mourners at the Kavel cemetery, killing two. The Ostrelian \
interior ministry said its officers used water cannon and rubber bullets only.
""",
}


@pytest.fixture(scope="module")
def orsk(tmp_path_factory) -> dict:
    return _module_export(tmp_path_factory, "orsk", ORSK_PAGES)


def test_a_convoy_turned_back_is_contradicted_by_letting_it_through_at_the_same_checkpoint(orsk):
    assert _linked(orsk, "contradicts", "denial", "turned back at the Orsk checkpoint", "allowed through")
    assert not _linked(orsk, "contradicts", "denial", "stopped at the Brenn checkpoint", "allowed through")


def test_a_monitors_record_of_conscripted_boys_contradicts_a_never(orsk):
    assert _linked(orsk, "contradicts", "record", "forced conscription", "No minor has ever been called up")


def test_troops_across_the_border_are_denied_for_the_whole_territory(orsk):
    assert _linked(orsk, "contradicts", "denial", "crossed the border at Zelt", "not one Dravonian soldier")


def test_held_ground_freely_left_homes_and_less_lethal_means_only_deny_their_accusations(orsk):
    assert _linked(orsk, "contradicts", "denial", "captured the town of Holm", "Holm has not fallen")
    assert _linked(orsk, "contradicts", "denial", "emptied the village of Marn", "at their own request")
    assert _linked(orsk, "contradicts", "denial", "fired live ammunition", "rubber bullets only")


CALDERA_PAGES = {  # written for these tests: the Republic of Caldera against the Sarn Front
    "caldera_today.txt": """CALDERA TODAY
Home | Nation | Regions

Ceasefire takes hold in the hills
Published 2026-09-13

The ceasefire between the Republic of Caldera and the Sarn Front took hold at noon on Saturday and was still \
holding by the evening, the interior ministry said.

Police arrested 412 protesters on Saturday, a lawyers' collective said.

Some 40,000 residents of Esk had no running water on Saturday, the water board said.
""",
    "pellrow_esk.txt": """PELLROW WIRE
World | Markets | Conflicts

Truce holds in Caldera's hills as Esk goes without water
By Ines Varga
13 Sep 2026

ESK, Sept 13 (Pellrow Wire) - The ceasefire between Caldera and the Sarn Front began at noon on Saturday and by \
the evening it was holding, Sarn Front commander Olek Dar said.

Sarn Front shells hit the Esk water plant on Friday, killing two workers. Fighters of the Sarn Liberation Army \
took the village of Orle on Thursday.

About 12,000 residents of Esk had no running water on Saturday, the Red Crescent said. A rights league \
counted 412 detained protesters on Saturday.
""",
}


@pytest.fixture(scope="module")
def caldera(tmp_path_factory) -> dict:
    return _module_export(tmp_path_factory, "caldera", CALDERA_PAGES)


def test_an_outlet_named_for_a_side_leans_that_way_with_nothing_loaded(caldera):
    lean = _document(caldera, "caldera_today.txt")["lean"]
    assert lean["side"] == "caldera"
    assert any(m.startswith("outlet named for caldera") for m in lean["markers"])


def test_a_wire_naming_a_liberation_army_neither_leans_nor_calls_a_capture_liberation(caldera):
    lean = _document(caldera, "pellrow_esk.txt")["lean"]
    assert lean["side"] is None
    assert not any("states as fact" in m or "liberation" in m for m in lean["markers"])  # "Sarn Liberation Army"


def test_two_outlets_telling_one_thing_in_close_words_corroborate(caldera):
    assert _linked(caldera, "corroborates", "wording", "took hold at noon on Saturday", "began at noon on Saturday")
    # close words with counts that disagree are two accounts, not one
    assert not any(_linked(caldera, "corroborates", basis, "40,000 residents", "12,000 residents")
                   for basis in ("wording", "frame", "numbers"))


def test_the_same_count_on_the_same_day_agrees_though_no_place_is_named(caldera):
    assert _linked(caldera, "corroborates", "numbers", "arrested 412 protesters on Saturday", "412 detained protesters")


VARDAN_PAGES = {  # written for these tests: the Republic of Vardan against the Kesh Movement
    "vardan_agency.txt": """VARDAN NEWS AGENCY
Home | Security | Regions

Kesh commander killed in Tarvel strike
Published 2026-10-04

Kesh Movement commander Rasim Okal was killed in an air strike on his headquarters in Tarvel on Saturday, \
the defence ministry said.

Police arrested the Kesh organiser Lena Morrow in Tarvel on Saturday, interior ministry spokesman Dan Vey said.

Vardan missiles struck the Kesh radar station at Kelby on Saturday night, the ministry said.

Mira Sand, a neighbour, said she kept asking whether Rasim was alive.

Police removed the Tarn family from Kelby island by force on Saturday, their lawyer Ona Pell said.

Kesh gunners shot down a Vardan helicopter over Kelby on Saturday, the Kesh Movement said.
""",
    "kesh_voice.txt": """KESH VOICE
Bulletin of the Kesh Movement
05.10.2026

Rasim is alive and well and leading his men, spokesman Tarik Bey said on Sunday. Hamid Okal, the \
commander's cousin, is alive too, Bey said.

Lena Morrow is free and spoke to her supporters in Tarvel on Sunday, Bey said.

The radar station at Kelby is working normally, Bey said on Sunday.

The Tarn family asked to be taken off Kelby island on Saturday, the Vardan police said. Nobody shot anything \
down over Kelby, the Vardan air force said on Sunday; its crews took off and came back.
""",
}


@pytest.fixture(scope="module")
def vardan(tmp_path_factory) -> dict:
    return _module_export(tmp_path_factory, "vardan", VARDAN_PAGES)


def test_the_owner_saying_its_man_is_alive_or_free_or_its_radar_working_denies_the_act(vardan):
    assert _linked(vardan, "contradicts", "denial", "Rasim Okal was killed", "Rasim is alive and well")
    assert _linked(vardan, "contradicts", "denial", "arrested the Kesh organiser Lena Morrow", "Lena Morrow is free")
    assert _linked(vardan, "contradicts", "denial", "struck the Kesh radar station", "is working normally")


def test_removal_by_force_and_a_downing_are_denied_by_a_request_and_by_nobody_shooting(vardan):
    assert _linked(vardan, "contradicts", "denial", "removed the Tarn family", "asked to be taken off")
    assert _linked(vardan, "contradicts", "denial", "shot down a Vardan helicopter", "Nobody shot anything")


def test_a_question_whether_someone_lives_and_another_of_the_surname_alive_deny_nothing(vardan):
    assert not _linked(vardan, "contradicts", "denial", "Rasim Okal was killed", "asking whether Rasim was alive")
    assert not _linked(vardan, "contradicts", "denial", "Rasim Okal was killed", "Hamid Okal")


ORRIN_PAGES = {  # written for these tests: the Republic of Vardan against the Kesh Movement
    "vardan_energy.txt": """VARDAN NEWS AGENCY
Home | Economy | Regions

Kesh saboteurs blow up Orrin pumping station
Published 2026-11-07

Kesh saboteurs blew up the Orrin pumping station on Friday night, the energy ministry said.

The blast at the Dorn grain silo on Friday killed two workers, the fire service said.

Kesh saboteurs set the Hale fuel depot on fire on Friday, the ministry said.
""",
    "kesh_answer.txt": """KESH VOICE
Bulletin of the Kesh Movement
08.11.2026

The Orrin station burned because of a leaking valve the ministry never replaced, spokesman Tarik Bey said on \
Saturday.

The Dorn silo exploded because of grain dust and a faulty dryer, Bey said on Saturday.

The fire at the Hale fuel depot on Friday was caused by Vardan shells, not by a short circuit, Bey said.
""",
}


@pytest.fixture(scope="module")
def orrin(tmp_path_factory) -> dict:
    return _module_export(tmp_path_factory, "orrin", ORRIN_PAGES)


def test_a_fault_given_as_the_cause_of_a_blast_someone_is_blamed_for_denies_the_attack(orrin):
    assert _linked(orrin, "contradicts", "denial", "Kesh saboteurs blew up the Orrin", "because of a leaking valve")


def test_a_fault_answers_no_bare_blast_and_a_fault_ruled_out_is_no_accident(orrin):
    assert not any(_linked(orrin, "contradicts", basis, "The blast at the Dorn grain silo", "faulty dryer")
                   for basis in ("denial", "blame"))
    assert not _linked(orrin, "contradicts", "denial", "set the Hale fuel depot on fire", "not by a short circuit")


ARDLE_PAGES = {  # written for these tests: the state of Tovaran (people: Tovari), capital Kessin, against the
    # Merrow Front
    "merrow_bulletin.txt": """VOICE OF THE MERROW FRONT
Bulletin of the Merrow Front
12.09.2027

At dawn on Sunday the artillery of the Kessin regime shelled the field clinic at Ardle, killing two nurses.

All 17 fishermen aboard the trawler Gull are being held at Ardle harbour, commander Odo Brask said.

The Kessin regime lies about everything, and Tovari soldiers loot what they do not burn. Fighters of the \
Merrow Front drove Tovari troops out of the Ardle hills on Saturday, the Merrow Front said. Tovari gunners \
shelled the Ardle market on Saturday.
""",
    "tovari_agency.txt": """TSA -- State Information Agency of Tovaran
Home | Security | Regions
Ministry: the Front's own mortars hit the Ardle clinic
Published 15 September 2027

What hit the clinic at Ardle on Sunday were their own mortar bombs, defence ministry spokesman Colonel Ivo \
Darel said on Wednesday.

Two nurses were killed at the clinic in Ardle on Sunday, the ministry said. Gunmen of the so-called Merrow \
Front have shelled Ardle for a week, Darel said.

The coast guard holds the trawler Gull's entire crew, thirteen men, in custody at Ardle harbour, Darel said.

Not one detainee in Ardle has a scratch on him, Darel said.

The Velm hospital has registered eight dead from Saturday's shelling of the town, chief doctor Ana Vell said.
""",
    "harbour_wire.txt": """HARBOUR WIRE | 13 September 2027

KESSIN (Harbour Wire) - Merrow Front commander Odo Brask said 21 people had been killed in Velm on Saturday, \
most of them market traders.
""",
    "tarn_watch.txt": """TARN RIGHTS WATCH
Field note: Ardle
Released 12.09.2027

Detainees held at the Ardle police station told Tarn Rights Watch that officers beat them with rubber hoses \
on 10 September.

Since 1 September, the Watch has recorded the deaths of at least 61 civilians in Tovaran and 38 in Ardle.
""",
}


@pytest.fixture(scope="module")
def ardle(tmp_path_factory) -> dict:
    return _module_export(tmp_path_factory, "ardle", ARDLE_PAGES)


def test_the_accused_sides_own_telling_of_the_strike_is_blame_and_a_capital_stands_for_its_government(ardle):
    # "the artillery of the Kessin regime" is Tovaran's: its ministry names another doer ("their own mortar bombs")
    assert _linked(ardle, "contradicts", "blame", "artillery of the Kessin regime", "their own mortar bombs")
    # its count of the dead names no doer at all: no other telling
    assert not _linked(ardle, "contradicts", "blame", "artillery of the Kessin regime", "Two nurses were killed")


def test_a_count_from_a_possessive_day_and_people_held_days_apart_are_one_count(ardle):
    # "eight dead from Saturday's shelling" is of Saturday, as the wire's 21 is
    assert any(_linked(ardle, "contradicts", "numbers", first, second) for first, second in (
        ("eight dead from Saturday", "21 people had been killed"), ("21 people had been killed", "eight dead")))
    # a crew in custody on Sunday is still the crew in custody on Wednesday; "fishermen" are "men"
    assert _linked(ardle, "contradicts", "numbers", "All 17 fishermen", "thirteen men, in custody")


def test_a_beating_documented_and_its_denial_and_a_total_joined_to_a_total(ardle):
    assert _linked(ardle, "contradicts", "denial", "officers beat them", "has a scratch on him")
    # "at least 61 civilians in Tovaran and 38 in Ardle" since 1 September: 38 is a total, not Sunday's count
    assert not any(link["basis"] == "numbers" and "38" in link["explanation"] for link in ardle["links"])


def test_a_state_and_its_demonym_read_as_each_others_are_one_side():
    # "Maziran" ends like a demonym of "Maziri", and "Maziri" like one of "Maziran": one land, the one named a place
    from crosscheck.compare import Corpus
    from crosscheck.model import Entity

    entities = {"e1": Entity("e1", "Maziran", "place"), "e2": Entity("e2", "Maziri", "other")}
    corpus = Corpus(documents={}, entities=entities, claims=[], figures=[], mentions=[])
    assert corpus.side_key("Maziran") == corpus.side_key("Maziri") == "maziran"


LIND_PAGES = {  # written for these tests: Velsk (people: Velski) against Draman (people: Dramani)
    "vtv_interview.txt": """VTV | Velski Television
Home > News > Interviews

"Draman knows who fired": General Petr Orlan on a week in the Tarsk valley

Published 13 May 2027 | Interview: Anna Rusk

General Petr Orlan commands Velski forces in the Tarsk valley. He spoke to VTV on Saturday.

ANNA RUSK: General, who ambushed the aid convoy?

GEN. ORLAN: On Sunday the aid convoy was shot up by the Harrow Rangers, the gang that raids our farms every night.

ANNA RUSK: Draman says your batteries on the Tarsk ridge opened fire on the Lind chapel on Tuesday night.

GEN. ORLAN: Nobody on our side fired at Lind, not on Tuesday, not ever. The chapel burned because of a stove.

ANNA RUSK: And the mines near the Kesh school?

GEN. ORLAN: Since the ceasefire was signed, not one mine has gone into the ground on the Velski side of the line.
""",
    "dramani_agency.txt": """DNA | Dramani News Agency
Official news agency of the Republic of Draman

Velski guns burn the Lind chapel

Published 12 May 2027

MARN, 12 May (DNA) -- On Tuesday night Velski batteries on the Tarsk ridge opened fire on the Lind chapel, \
and its roof burned until dawn, defence spokesman Colonel Ilya Sorn said.

Sorn said Sunday's deadly attack on the aid convoy near Marn was "the handiwork of the Tolk Volunteers", the \
irregulars that Velsk arms and pays.

Twenty-three people were killed in the Sarn market on Wednesday, the governor of Sarn said.
""",
    "tarsk_mission.txt": """TARSK VALLEY MONITORING MISSION
Situation Report No. 12 | Reporting period: 8-14 May 2027
Download the full report (PDF, 1.2 MB)

METHODOLOGY

The mission verifies every incident on the ground.

1. On the night of 11 May the mission recorded heavy mortar fire at Lind; the direction of fire \
indicates that Velski positions fired on the chapel.

2. On 12 May a mission team found 14 anti-personnel mines near the school in Kesh. The mission assesses \
that the mines were laid by Velski forces within the last month.

3. In the Sarn market on 12 May shelling killed 23 people. Among the dead are two schoolgirls.

4. On 12 May Dramani artillery fired cluster munitions into the market in Pell, the mission found.
""",
    "north_wire.txt": """NORTH WIRE | 14 May 2027

MARN/VELSK, May 14 (North Wire) - Velski troops overran the Dramani border post at Kesh before dawn on \
Friday, Velsk's army said.

A spokesman for Draman's defence ministry said the post's garrison had raised the colours at six o'clock \
as on any other morning.

Draman's defence minister Oleg Varn said on Friday: "The Dramani army has never possessed a cluster munition."

The Lind chapel was hit by Velski guns on Tuesday night, Draman's defence ministry said.
""",
}


@pytest.fixture(scope="module")
def lind(tmp_path_factory) -> dict:
    return _module_export(tmp_path_factory, "lind", LIND_PAGES)


def test_a_denial_keeps_the_accusers_own_telling_over_its_interviewers_restatement(lind):
    # the interviewer's "Draman says ..." is put to the general; the agency's and the wire's tellings stay
    assert _linked(lind, "contradicts", "denial", "batteries on the Tarsk ridge", "Nobody on our side fired")
    assert _linked(lind, "contradicts", "denial", "hit by Velski guns", "Nobody on our side fired")
    assert not any(item["text"].startswith("ORLAN") for item in lind["claims"])


def test_mines_laid_are_answered_by_a_word_on_mines_and_a_weapon_never_held_by_its_use(lind):
    assert any(_linked(lind, "contradicts", basis, "the mines were laid by Velski forces", "not one mine has gone")
               for basis in ("denial", "record"))
    assert not _linked(lind, "contradicts", "record", "the mines were laid", "Nobody on our side fired")
    assert _linked(lind, "contradicts", "record", "fired cluster munitions into the market",
                   "never possessed a cluster munition")


def test_each_side_blaming_the_others_irregulars_for_one_days_attack_is_blame(lind):
    # the general names no place, the agency names Marn: the same Sunday, the same convoy
    assert _linked(lind, "contradicts", "blame", "shot up by the Harrow Rangers", "handiwork of the Tolk Volunteers")


def test_a_part_of_the_dead_is_no_count_of_the_dead_and_the_accused_answers_in_the_next_paragraph(lind):
    assert not any(link["basis"] == "numbers" and "schoolgirls" in link["explanation"] for link in lind["links"])
    assert _linked(lind, "contradicts", "denial", "overran the Dramani border post", "had raised the colours")


# Two desert states, Marvan and Ostran, and their answers in idiom: a saboteur "never came within forty
# kilometres", a town "retaken" and "our colours over the fort", a helicopter "put down on a sandbar", a
# convoy "held at the checkpoint", an aid chief "held since Sunday" in one town and "not under arrest" in
# the capital.
QADIR_PAGES = {
    "marvan_agency.txt": """MARVAN STATE AGENCY
Home | Nation | Defence | Economy

Saboteurs blow up Qadir pumping station

14 September 2027

SULEM, 14 September (MSA) -- On Sunday night Ostrani saboteurs blew up the pumping station at Qadir, \
the defence ministry said.

On Friday afternoon Marvani air defence gunners brought down an Ostrani army helicopter over the Tesh \
wadi, the ministry said.

The death toll from Tuesday's strike at Hamra camp stands at four, among them a young police conscript, \
the ministry said, and dismissed higher figures as "numbers invented in London studios".
""",
    "ostran_ministry.txt": """OSTRAN MINISTRY OF DEFENCE
Press service

Statement of 15 September 2027

No Ostrani came within forty kilometres of Qadir, the ministry said.

Ostrani Defence Minister Karim Talbi said the helicopter's pilot had a gearbox warning. "The pilot put it down on \
a sandbar, exactly as he is trained to do," Talbi said.
""",
    "dune_wire.txt": """DUNE WIRE | 17 September 2027

SULEM/OSTRA, Sept 17 (Dune Wire) - Marvani troops had retaken Bir Sahel on Thursday, Marvan's army said.

Major Youssef Kader, who commands the Ostrani garrison in Bir Sahel, said on Friday: "I am looking at \
our colours over the fort gate as we speak."

A convoy of 32 lorries carrying food for Hamra has been held at the Ostrani checkpoint at Zawra since \
Monday, aid workers said.

Ostran's interior ministry said no lorry had been stopped at the Zawra checkpoint for a single hour.
""",
    "kessa_news.txt": """KESSA NEWS | 11 March 2028

Calm returns to the port

SULEM, 11 March (KN) -- Shops reopened in Sulem on Saturday. The interior ministry said the death toll \
from Tuesday's clashes at the port gates stands at four, and dismissed higher figures as "numbers invented \
in London studios".
""",
    "dockers_bulletin.txt": """DOCKERS' BULLETIN | 12 March 2028

The union has counted thirty-four dead at the port gates in Sulem on Tuesday, and it has their names.
""",
}


@pytest.fixture(scope="module")
def qadir(tmp_path_factory) -> dict:
    return _module_export(tmp_path_factory, "qadir", QADIR_PAGES)


def test_never_coming_near_the_place_denies_the_act_there(qadir):
    assert _linked(qadir, "contradicts", "denial", "saboteurs blew up the pumping station", "No Ostrani came within")


def test_a_town_retaken_is_answered_by_the_garrisons_colours_over_it(qadir):
    assert _linked(qadir, "contradicts", "denial", "had retaken Bir Sahel", "our colours over the fort")


def test_an_aircraft_put_down_on_a_sandbar_is_its_owners_denial_of_its_downing(qadir):
    assert _linked(qadir, "contradicts", "denial", "brought down an Ostrani army helicopter", "put it down on")


def test_a_convoy_held_at_a_checkpoint_is_obstruction_and_a_conscript_among_the_dead_no_recruitment(qadir):
    assert _linked(qadir, "contradicts", "denial", "has been held at the Ostrani checkpoint",
                   "no lorry had been stopped")
    assert not any("conscript" in link["explanation"] for link in qadir["links"] if link["basis"] != "numbers")
    assert {f["category"] for f in qadir["figures"] if f["text"] == "four"} == {"killed"}


def test_a_place_named_in_a_later_clause_is_not_where_a_count_was_made(qadir):
    # "stands at four, and dismissed ... 'numbers invented in London studios'": four dead in Sulem, not London
    assert _linked(qadir, "contradicts", "numbers", "four", "thirty-four")
