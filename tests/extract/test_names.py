"""Mentions, types and in-document coreference on sentences written for these tests."""

from __future__ import annotations

import pytest


def entity_of(extraction, surface: str):
    mention = next(m for m in extraction.mentions if m.text == surface)
    return next(e for e in extraction.entities if e.id == mention.entity)


@pytest.mark.parametrize(("text", "name", "kind"), [  # the mention names its entity in full
    ("Prime Minister Lena Dorsky arrived.", "Lena Dorsky", "person"),
    ("Prime Minister of Velmark Lena Dorsky arrived.", "Lena Dorsky", "person"),
    ("French Foreign Minister Jean-Yves Le Drian spoke.", "Jean-Yves Le Drian", "person"),
    ("Troops entered Dornhall city at dawn.", "Dornhall", "place"),
    ("Rockets hit the village of Nngi overnight.", "Nngi", "place"),
    ("The Velmark Defence Ministry issued a statement.", "Velmark Defence Ministry", "organization"),
    ("Rebels fired Smerch rockets at the town.", "Smerch", "weapon"),
    ("Human Rights Watch published a report in Geneva.", "Human Rights Watch", "organization"),
    ("Azerbaijani forces crossed the river.", "Azerbaijani forces", "group"),
    ("He studied in Eastern Europe for years.", "Eastern Europe", "place"),
    ("Aid came from the International Committee of the Red Cross.",
     "International Committee of the Red Cross", "organization"),
    ("The National Disaster Risk Reduction and Management Council met.",
     "National Disaster Risk Reduction and Management Council", "organization"),
    ("Elena Bautista, the mayor of San Remigio, spoke.", "San Remigio", "place"),
    ("Kremlin Spokesman Dmitry Peskov declined to comment.", "Dmitry Peskov", "person"),
    ("Sen. Ruth K. Alder voted against.", "Ruth K. Alder", "person"),
    ("Sinn Féin's Siobhán O'Sullivan won the seat.", "Siobhán O'Sullivan", "person"),
    ("Armenia's Defence Ministry said nothing.", "Armenia's Defence Ministry", "organization"),
    ("Air Commodore Ewen Tarsk of the air force called it a fabrication.", "Ewen Tarsk", "person"),
    ("Col Danel Obuya said the shells came from the hills.", "Danel Obuya", "person"),
    ("K41 said on Monday that it had taken the road.", "K41", "organization"),  # a movement, not a weapon
    ("Troops fired K41 rockets at the road.", "K41", "weapon"),
    ("Units of the People's Defence Force (PDF) overran the post.", "People's Defence Force", "organization"),
    ("The post was lost, the General Staff said.", "General Staff", "organization"),
    ("Chief of the General Staff Ivo Marn said so.", "Ivo Marn", "person"),
    ("A missile struck the tanker Silver Heron near the strait.", "Silver Heron", "other"),  # a ship, no person
])
def test_mention_types(extract, text, name, kind):
    extraction, _ = extract(text)
    entity = entity_of(extraction, name)
    assert (entity.name, entity.type) == (name, kind)


def test_an_abbreviated_month_is_no_name(extract):
    extraction, _ = extract("Nine mourners were killed on Aug. 8 in Salines, Dr Aurore Ondoua said.")
    assert {e.name for e in extraction.entities} == {"Salines", "Aurore Ondoua"}


def test_surname_goes_to_the_nearest_full_name_before_it(extract):
    text = ("Bakir Aslan, head of the committee, spoke first. Aslan stressed the risks. "
            "Later President Ilgar Aslan arrived. Aslan said the war was over.")
    extraction, _ = extract(text)
    aslans = [entity_of_mention(extraction, m) for m in extraction.mentions if m.text == "Aslan"]
    assert [e.name for e in aslans] == ["Bakir Aslan", "Ilgar Aslan"]


def entity_of_mention(extraction, mention):
    return next(e for e in extraction.entities if e.id == mention.entity)


def test_spelling_variants_in_one_document_merge(extract):
    text = ("Ombudsman Artak Beglaryan visited Stepanakert. Beklaryan said Stepanakerdt was shelled. "
            "According to Beglarian's office, the city was hit.")
    extraction, _ = extract(text)
    assert len({entity_of(extraction, s).id for s in ("Artak Beglaryan", "Beklaryan", "Beglarian")}) == 1
    assert entity_of(extraction, "Stepanakert").id == entity_of(extraction, "Stepanakerdt").id


def test_south_slavic_bantu_and_old_indonesian_spellings_merge(extract):
    text = ("Defence Minister Radovan Jelcic visited Kitshanga. Minister Radovan Yelchich said Kichanga "
            "was calm. Colonel Tomo Vrabec agreed, and Colonel Tomo Vrabets added nothing. Dimas Soetanto spoke; "
            "later Dimas Sutanto left.")
    extraction, _ = extract(text)
    assert entity_of(extraction, "Dimas Soetanto").id == entity_of(extraction, "Dimas Sutanto").id
    assert entity_of(extraction, "Radovan Jelcic").id == entity_of(extraction, "Radovan Yelchich").id
    assert entity_of(extraction, "Tomo Vrabec").id == entity_of(extraction, "Tomo Vrabets").id
    assert entity_of(extraction, "Kitshanga").id == entity_of(extraction, "Kichanga").id


def test_different_first_names_stay_apart(extract):
    text = "Arayik Harutyunyan met Jalal Harutiunyan. Serzh Sargsyan and Armen Sarkissian did not attend."
    extraction, _ = extract(text)
    ids = [entity_of(extraction, s).id for s in ("Arayik Harutyunyan", "Jalal Harutiunyan", "Serzh Sargsyan",
                                                 "Armen Sarkissian")]
    assert len(set(ids)) == 4


def test_demonym_groups_merge_by_country(extract):
    extraction, _ = extract("Azeri forces advanced. Azerbaijani troops then withdrew. Armenian forces held.")
    assert entity_of(extraction, "Azeri forces").id == entity_of(extraction, "Azerbaijani troops").id
    assert entity_of(extraction, "Azeri forces").affiliation == "Azerbaijan"
    assert entity_of(extraction, "Armenian forces").id != entity_of(extraction, "Azeri forces").id


def test_sentence_openers_and_headings_are_not_names(extract):
    extraction, _ = extract("Meanwhile, talks stalled.\n\nSOURCING THE WEAPONS\n\nHeavy fighting resumed in Dorn.")
    assert {m.text for m in extraction.mentions} == {"Dorn"}


@pytest.mark.parametrize(("text", "form", "full"), [
    ("Siobhán O'Sullivan won. O'Sullivan, a nurse, thanked voters.", "O'Sullivan", "Siobhán O'Sullivan"),
    ("Gregory P. Vance, 58, was convicted. Vance will appeal.", "Vance", "Gregory P. Vance"),
    ("The Velmark Refugee Agency (VRA) opened a camp. Later VRA staff left.", "VRA", "Velmark Refugee Agency"),
    ("Harwick Motors cut jobs. Harwick said sales fell.", "Harwick", "Harwick Motors"),
    ("The UN Office for the Relief of Coastal Towns (ORCT) reported the losses. ORCT staff left.", "ORCT",
     "UN Office for the Relief of Coastal Towns"),  # the initials of a part of the name
    ("Claimed by: Odile Kamanga, deputy minister\n\nRating: False\n\nKamanga made the claim on Sunday.",
     "Kamanga", "Odile Kamanga"),  # a label line gives the full name of a surname the body uses
])
def test_short_forms_join_their_full_name(extract, text, form, full):
    extraction, _ = extract(text)
    assert entity_of(extraction, form).id == entity_of(extraction, full).id


def test_demonyms_are_learned_from_groups_but_places_are_not(extract):
    extraction, _ = extract("Solmari militias fired. Solmari drones flew over Hestra. Tarn authorities said "
                            "Tarn was calm.")
    assert "Solmari" not in {m.text for m in extraction.mentions}
    assert "Tarn" in {m.text for m in extraction.mentions}


@pytest.mark.parametrize(("text", "body", "affiliation"), [
    ("Kastria closed the border. Kastria's Ministry of Defence denied it.", "Ministry of Defence", "Kastria"),
    ("Kastria closed the border. The Velmoran Ministry of Defence said Velmoran troops held.",
     "Velmoran Ministry of Defence", "Velmoran"),
])
def test_bodies_take_a_learned_state_as_affiliation(extract, text, body, affiliation):
    extraction, _ = extract(text)
    assert entity_of(extraction, body).affiliation == affiliation


def test_a_demonym_beside_its_place_is_not_a_weapon(extract):
    extraction, _ = extract("Officials in Kastria protested after the Kastrian attack drone fell. "
                            "Rebels fired Uragan rockets at Tervo.")
    types = {m.text: entity_of(extraction, m.text).type for m in extraction.mentions}
    assert "Kastrian" not in types
    assert types["Uragan"] == "weapon"


def test_a_name_placed_somewhere_is_a_place_everywhere_in_the_article(extract):
    extraction, _ = extract("Shelling was heard around El Fasher. The northern part of El Fasher burned. "
                            "Fighters shelled the Abu Shouk displacement camp.")
    assert entity_of(extraction, "El Fasher").type == "place"
    assert entity_of(extraction, "Abu Shouk").type == "place"


def test_a_shortened_army_name_is_the_army_named_before(extract):
    extraction, _ = extract("Ossa Liberation Army spokesman Ivo Marn spoke. Units of the Liberation Army "
                            "shot down a jet.")
    assert entity_of(extraction, "Liberation Army") is entity_of(extraction, "Ossa Liberation Army")


@pytest.mark.parametrize(("text", "person", "affiliation"), [
    # a minister's portfolio is neither a name nor a thing of its own
    ("Minister of Health Dr Khadija Ouhadda said 41 people were killed.", "Khadija Ouhadda", None),
    ("The Minister of Foreign Affairs said so. Velmoran Foreign Minister Jon Blee agreed.", "Jon Blee", "Velmoran"),
    # a state no table knows keeps its demonym, for the comparison to read against the corpus's sides
    ("Tamazran Defence Ministry spokesman Colonel Abdelwahab Zardani said so.", "Abdelwahab Zardani", "Tamazran"),
])
def test_a_titled_person_keeps_the_demonym_before_the_title_and_no_portfolio(extract, text, person, affiliation):
    extraction, _ = extract(text)
    assert entity_of(extraction, person).affiliation == affiliation
    assert not {"Health", "Affairs", "Foreign Affairs"} & {m.text for m in extraction.mentions}
