"""Figures: digits and words, hedges, scales, categories; and what is not a figure."""

from __future__ import annotations

import pytest

from crosscheck.extract.figures import find_figures


def figures_in(text: str):
    return find_figures(text, [(0, len(text))], [])


@pytest.mark.parametrize(("text", "value", "qualifier", "category", "subject"), [
    ("The fighting has left nearly 40 civilians dead.", 40, "about", "killed", "civilians"),
    ("Ferry fired on near Orsk; toll rises to 41", 41, "exact", "killed", None),
    ("The launch was carrying 186 passengers, most of them families displaced from Brenn.", 186, "exact", "other",
     "passengers"),
    ("The rebels took Holm, a market town of some 30,000 people.", 30000, "about", "other", "people"),
    ("The monitor has confirmed the names of at least 110 detainees.", 110, "at_least", "captured", "detainees"),
    ("As a result of the strike three women were injured.", 3, "exact", "injured", "women"),
    ("More than a thousand people fled their homes.", 1000, "at_least", "displaced", "people"),
    ("Up to 5,000 soldiers are stationed there.", 5000, "at_most", "other", "soldiers"),
    ("Armenia spent $350 million on the mines.", 350_000_000, "exact", "other", None),
    ("Nearly 60 percent of the population has fled.", 60, "about", "displaced", None),
    ("An estimated 90,000 civilians have been relocated.", 90_000, "about", "displaced", "civilians"),
    ("The death toll among soldiers had reached 230.", 230, "exact", "killed", None),
    ("At least 12 prisoners of war were captured.", 12, "at_least", "captured", "prisoners"),
    ("Seven people are still missing after the raid.", 7, "exact", "missing", "people"),
    ("Twenty-one residents were martyred in the shelling.", 21, "exact", "killed", "residents"),
    ("A missile hit the town, killing at least 37 people.", 37, "at_least", "killed", "people"),
    ("The strike killed one civilian.", 1, "exact", "killed", "civilian"),
    ("Twelve civilians, among them a nurse, were killed.", 12, "exact", "killed", "civilians"),
    ("The cuts could be reduced to £800m next year.", 800_000_000, "exact", "other", None),
    ("About two dozen houses were destroyed.", 24, "about", "other", "houses"),
    ("Officials said some 75,000 residents had left their homes.", 75_000, "about", "displaced", "residents"),
    # a swap counts prisoners, whatever the verb
    ("In Saturday's swap 48 soldiers were handed over.", 48, "exact", "captured", "soldiers"),
    ("Among the 61 defenders freed on Saturday was our commander.", 61, "exact", "captured", "defenders"),
    # a part of a count names its part
    ("Thirty of them children were killed.", 30, "exact", "killed", "children"),
    # an object counts what it names, not what the sentence goes on to tell
    ("Monitors reviewed 40 videos and named the dead.", 40, "exact", "other", "videos"),
    ("A petition about the hostages has gathered 4,200 signatures.", 4200, "exact", "other", "signatures"),
    # seizures, departures, treatment and murder are counted by their verbs
    ("Boarding teams seized 14 fishermen from the trawler.", 14, "exact", "captured", "fishermen"),
    ("The fourteen men are being held in Vessenby.", 14, "exact", "captured", "men"),
    ("Barely 1,500 residents left Tin Akoura last week.", 1500, "exact", "displaced", "residents"),
    ("About 23,000 people have left villages along the pipeline.", 23_000, "about", "displaced", "people"),
    ("Another 40 were being treated for burns.", 40, "exact", "injured", None),
    ("Fourteen of our people were murdered that morning.", 14, "exact", "killed", "people"),
    ("The massacre took the lives of twenty-three guests.", 23, "exact", "killed", "guests"),
    ("The joint forces neutralised 31 terrorists and seized rifles.", 31, "exact", "killed", "terrorists"),
    # a time of day is no verb whose object is counted; a lock-up holds people; a possessive ends the subject
    ("As of this morning 48,000 people have been evacuated from Tarsk.", 48_000, "exact", "displaced", "people"),
    ("Eleven of our engineers are sitting in a police lock-up.", 11, "exact", "captured", "engineers"),
    ("Two people lost their lives in the crush.", 2, "exact", "killed", "people"),
    ("We have washed and buried twenty-six people.", 26, "exact", "killed", "people"),
])
def test_figure_forms(text, value, qualifier, category, subject):
    (figure,) = figures_in(text)
    assert (figure.value, figure.qualifier, figure.category, figure.subject) == (value, qualifier, category, subject)
    assert figure.text == text[figure.start:figure.end]


@pytest.mark.parametrize("text", [
    "The war of 2020 ended in November.",
    "Israeli-produced LAR-160 rockets and M095 munitions were found.",
    "The 44-day war was over by 10:30 on the 2nd.",
    "One of those drones was shot down.",
    "Updated 08.10 at 18.42 GMT outside No 10.",
    "A seven-year-old boy was among them.",
    "Gregory Vance, 58, was convicted.",
    "Two days earlier two people familiar with the case spoke.",
    "Two bombs struck the wing and a third left a crater.",
    # a report's numbered paragraph and the ages of the dead
    "6.1 On Friday the mission saw an exchange of detainees.",
    "Among the victims were girls aged 15 and 16.",
])
def test_not_figures(text):
    assert figures_in(text) == []


@pytest.mark.parametrize("text", [
    "The attack killed 5 soldiers and wounded 12 civilians.",
    "The shelling went on, killing 5 soldiers and wounding 12 others.",
])
def test_each_number_takes_the_category_next_to_it(text):
    found = figures_in(text)
    assert [(f.value, f.category) for f in found] == [(5, "killed"), (12, "injured")]


@pytest.mark.parametrize(("text", "counts"), [
    # a part counts what its whole did, not what the sentence tells next
    ("Nine people were killed, seven of them patients, and twenty-three were wounded.",
     [(9, "killed"), (7, "killed"), (23, "injured")]),
    ("A strike hit the tent, killing at least 19 people, among them at least six children, and wounding 40.",
     [(19, "killed"), (6, "killed"), (40, "injured")]),
    # counts sharing their words: a list after a colon, and two subjects of one verb
    ("The register has recorded 27 civilian deaths: at least 19 in Vaskarland and at least 8 in Estrenza.",
     [(27, "killed"), (19, "killed"), (8, "killed")]),
    ("Since May at least 31 police officers and 58 civilians were killed.", [(31, "killed"), (58, "killed")]),
    # a count with a verb of its own is not what the clause before it counted
    ("Thirty-one soldiers were killed, 11 tankers were burned.", [(31, "killed"), (11, "other")]),
])
def test_counts_in_one_sentence_share_or_keep_their_category(text, counts):
    assert [(f.value, f.category) for f in figures_in(text)] == counts


def test_figures_skip_dates_and_link_to_their_claim(extract):
    extraction, _ = extract("On October 5, Karl Usk said 14 people were killed in Dorn.")
    (figure,) = extraction.figures
    assert (figure.value, figure.category) == (14, "killed")
    assert figure.claim == next(c.id for c in extraction.claims if c.kind != "assertion")
