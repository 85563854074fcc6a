"""Attribution constructions, one row each, on sentences written for these tests."""

from __future__ import annotations

import pytest

ATTRIBUTIONS = [
    # text, anchor inside the claim, speaker, cue, kind
    ('"The convoy was hit twice near the bridge," Marta Ilves said.', "hit twice", "Marta Ilves", "say", "direct"),
    ('"The convoy was hit twice near the bridge," said Marta Ilves, a spokeswoman for the mission.',
     "hit twice", "Marta Ilves", "say", "direct"),
    ('Marta Ilves said: "The convoy was hit twice near the bridge and nobody came."', "nobody came", "Marta Ilves",
     "say", "direct"),
    ('Marta Ilves said that "the convoy was hit twice near the bridge."', "hit twice", "Marta Ilves", "say",
     "direct"),
    ("Marta Ilves said on Monday that the convoy was hit twice near the bridge.", "hit twice", "Marta Ilves", "say",
     "indirect"),
    ("The convoy was hit twice near the bridge, Marta Ilves, the mission's spokeswoman, said on Monday.",
     "hit twice", "Marta Ilves", "say", "indirect"),
    ("According to Marta Ilves, the convoy was hit twice near the bridge.", "hit twice", "Marta Ilves",
     "according to", "indirect"),
    ("The convoy was hit twice near the bridge, according to Marta Ilves.", "hit twice", "Marta Ilves",
     "according to", "indirect"),
    ("The Ministry of Defence accused the rebels of shelling the market.", "shelling the market",
     "Ministry of Defence", "accuse", "indirect"),
    ("General Tomas Brel told the Courier that the rebels had shelled the market.", "shelled the market",
     "Tomas Brel", "tell", "indirect"),
    ("Tomas Brel made no comment. The statement cited Brel as saying that the market was never a target.",
     "never a target", "Tomas Brel", "say", "indirect"),
    ("This was followed by a comment from Governor Lina Osk that the market was empty.", "market was empty",
     "Lina Osk", "comment", "indirect"),
    ('"The market was empty and no soldier was there," Lina Osk\'s statement concluded.', "market was empty",
     "Lina Osk", "conclude", "direct"),
    ('"Everyone will be rebuilt by spring," summed up the engineers.', "rebuilt by spring", "engineers", "sum up",
     "direct"),
    ("Ilgar Mamed, Adviser to the President of Velmark and head of the Policy Department, said the raid was "
     "a deliberate act.", "deliberate act", "Ilgar Mamed", "say", "indirect"),
    ("The Farmers Union, which represents growers in the north, said prices had doubled.", "prices had doubled",
     "Farmers Union", "say", "indirect"),
    ("However, three senior ministers told the Courier privately that a deal was close.", "deal was close",
     "three senior ministers", "tell", "indirect"),
    ("The bridge will stay closed, local authorities said, though the ferry still runs.", "bridge will stay closed",
     "local authorities", "say", "indirect"),
    ("TARVIK (Wire Agency) — The dam held overnight, the governor said.", "The dam held", "governor", "say",
     "indirect"),
    ("Velgaz, the state gas company, said in a statement on Monday that all pipelines were working.",
     "pipelines were working", "Velgaz", "say", "indirect"),
    ("Two people familiar with the inquiry said auditors were examining a second contract.", "second contract",
     "people familiar with the inquiry", "say", "indirect"),
    ('A statement from Brightwater Foods, the Lakeside brand\'s owner, said it had "acted at once" after the tests.',
     "acted at once", "Brightwater Foods", "say", "indirect"),
    ('Sen. Ruth K. Alder, R-Ohio, who co-wrote the bill, blamed party leaders for "changing the rules late."',
     "changing the rules", "Ruth K. Alder", "blame", "indirect"),
    ("The talks will resume next week, a diplomatic source told the Courier.", "talks will resume",
     "diplomatic source", "tell", "indirect"),
    ('"The ceasefire," the minister told a news conference, "must be respected by both sides."', "must be respected",
     "minister", "tell", "direct"),
    # a trailing speaker with an addressee and adjuncts: the content came before the comma
    ("No official from Brenn is in our custody, a spokesman for the ministry, Olaf Ren, told the Herald by phone.",
     "No official from Brenn", "Olaf Ren", "tell", "indirect"),
    ("Forty rebels were killed in the raid, the minister, Sara Holm, told a news conference at the palace.",
     "Forty rebels were killed", "Sara Holm", "tell", "indirect"),
    ("On Monday, two soldiers died when a mine hit their truck, a military source told the agency on condition "
     "of anonymity because he was not allowed to speak.", "two soldiers died", "military source", "tell",
     "indirect"),
    ('Rebels abducted the mayor of Brenn from the town hall, the ministry said, calling it "a crime against a '
     'civilian official".', "abducted the mayor", "ministry", "say", "indirect"),
    ("Colonel Ada Brun spoke. Our guns hit a fuel depot, she said, and no more than three civilians died there.",
     "no more than three civilians died", "Ada Brun", "say", "indirect"),
    ("Colonel Ada Brun spoke. According to intercepted radio traffic, two men were killed at the depot, she said.",
     "two men were killed", "Ada Brun", "say", "indirect"),
    ("Ammunition stored in School No. 4 in Brenn detonated on Saturday, the General Staff said.",
     "School No. 4 in Brenn detonated", "General Staff", "say", "indirect"),  # "No. 4" ends no sentence
    # the cue after the statement, its speaker behind it
    ("A convoy of 14 trucks was turned back at the Orsk checkpoint this morning, said Mira Tallo, who heads the "
     "mission.", "turned back at the Orsk checkpoint", "Mira Tallo", "say", "indirect"),
    ("The shelling of the depot killed four people, said a military source.", "killed four people",
     "military source", "say", "indirect"),
    # a plural possessive's apostrophe is no quotation mark
    ("Ilse Varga, director of Brenn Railways' eastern region, said seven people were killed at the junction.",
     "seven people were killed", "Ilse Varga", "say", "indirect"),
]


@pytest.mark.parametrize(("text", "anchor", "speaker", "cue", "kind"), ATTRIBUTIONS)
def test_attribution(extract, text, anchor, speaker, cue, kind):
    extraction, names = extract(text)
    claims = [c for c in extraction.claims if anchor in c.text]
    assert claims, f"no claim holds {anchor!r}: {[c.text for c in extraction.claims]}"
    claim = claims[0]
    assert speaker in names[claim.speaker]
    assert (claim.cue, claim.kind) == (cue, kind)


def test_quote_spanning_sentences_and_continued_without_attribution(extract):
    text = ('"We held the line. We will hold it again," Ana Petrov said in a video address. '
            '"Nobody should doubt that the corridor stays open."\n\n'
            '"The enemy lost two tanks today."')
    extraction, names = extract(text)
    direct = [c for c in extraction.claims if c.kind == "direct"]
    assert [c.text for c in direct] == ["We held the line.", "We will hold it again,",  # one claim per sentence
                                        "Nobody should doubt that the corridor stays open.",
                                        "The enemy lost two tanks today."]
    assert {names[c.speaker] for c in direct} == {"Ana Petrov"}


def test_quote_continued_in_next_paragraph_until_it_closes(extract):
    text = ("\u2018\u2018As a result of the strike two men were wounded.\n\n"
            "The houses nearby were also damaged,\u201d the governor\u2019s statement concluded.")
    extraction, names = extract(text)
    wounded = next(c for c in extraction.claims if "two men" in c.text)
    damaged = next(c for c in extraction.claims if "houses nearby" in c.text)  # its own sentence, the same quote
    assert (wounded.kind, damaged.kind) == ("direct", "direct") and wounded.speaker == damaged.speaker


@pytest.mark.parametrize(("text", "anchor", "speaker"), [
    ('Ana Petrov arrived in the capital. "The corridor stays open," she said.', "corridor", "Ana Petrov"),
    ("The Interior Ministry issued a statement. It said that the border posts were shelled.", "border posts",
     "Interior Ministry"),
    ("Ana Petrov spoke first. Karl Usk, a deputy, then took the floor. He added that the vote was rigged.",
     "rigged", "Karl Usk"),
    ('The mayor, Ana Petrov, met the envoy. "Our people are hungry," the mayor said.', "hungry", "Ana Petrov"),
    ("President Ana Petrov of Velmark met aid groups. Later the Velmarkian leader said the talks had failed.",
     "talks had failed", "Ana Petrov"),
    ("The Velmark Defence Ministry said the posts were shelled. The ministry added that two tanks were lost.",
     "two tanks", "Velmark Defence Ministry"),
    ("Karl Usk cited a statement by the Interior Ministry, which said the road was mined.", "road was mined",
     "Interior Ministry"),
    ('Ana Petrov spoke last week. Usk defended the plan. "Nobody will be left behind," he told reporters. '
     'Karl Usk is the new minister.', "left behind", "Karl Usk"),
    ("The Velmark Defence Ministry issued figures. Its statement said that two posts were lost.", "two posts",
     "Velmark Defence Ministry"),
    ("Foreign Minister Ilya Marz of Velmark met envoys. The Velmarkian minister said the border stays shut.",
     "border stays shut", "Ilya Marz"),
    ('"They burned our church," said the head of the Orvik district, Vera Linde.', "burned our church",
     "Vera Linde"),  # a role, then the person's name in apposition
    ("According to its spokesman, Colonel Emil Rask, the depot blew up by itself.", "depot blew up", "Emil Rask"),
])
def test_pronoun_and_role_speakers(extract, text, anchor, speaker):
    extraction, names = extract(text)
    claim = next(c for c in extraction.claims if anchor in c.text)
    assert names[claim.speaker] == speaker


@pytest.mark.parametrize("text", [
    'The strike on the depot was described by Velmark officials as "fake news".',
    "Reports of a strike on the depot were dismissed as fake news by Velmark officials.",
])
def test_passive_dismissal_is_a_denial_by_the_agent(extract, text):
    extraction, names = extract(text)
    claim = next(c for c in extraction.claims if "fake news" in c.text)
    assert (names[claim.speaker], claim.polarity) == ("Velmark officials", "deny")


@pytest.mark.parametrize(("text", "polarity"), [
    ("The Defence Ministry denied that its troops had entered the village.", "deny"),
    ("The Defence Ministry rejected the report as baseless.", "deny"),
    ("The Defence Ministry said its troops did not enter the village.", "deny"),
    ("The Defence Ministry said its troops entered the village.", "affirm"),
    ('The Defence Ministry said the reports of a massacre were "false and unfounded".', "deny"),
    ("The Defence Ministry said this was not only a local dispute.", "affirm"),
    ("The Defence Ministry said rescue teams had not yet reached the village.", "affirm"),
    ("The Defence Ministry said no unit had fired at the city.", "deny"),
    ("The Defence Ministry said it would never forget the help.", "affirm"),
    ('"There is no ammunition depot in the market," the rebel spokesman said.', "deny"),
    ("The rebels said that, as for the market, their fighters did not fire a single shell at it.", "deny"),
    ('"Our gunners never fire on marketplaces," the minister said.', "deny"),
    ("The rebel spokesman said his fighters fired not one round at Dorn on Saturday.", "deny"),
])
def test_polarity(extract, text, polarity):
    extraction, _ = extract(text)
    assert [c.polarity for c in extraction.claims if c.kind != "assertion"] == [polarity]


def test_we_answering_an_accusation_is_the_writer_and_a_lead_in_before_a_colon_keeps_the_denial(extract):
    text = ("The regime's media continue to accuse our forces over the hospital in Dorn. "
            "We say clearly: the Front did not fire one shell at Dorn hospital last Sunday.")
    extraction, names = extract(text)
    accusation = next(c for c in extraction.claims if "our forces over the hospital" in c.text)
    denial = next(c for c in extraction.claims if "did not fire one shell" in c.text)
    assert names[accusation.speaker] == "regime's media"  # "continue to" is no part of the speaker
    assert (denial.speaker, denial.polarity) == (None, "deny")  # the bulletin's own word, not the media's


@pytest.mark.parametrize(("text", "speaker"), [
    ('Referring to rebel claims about Dorn, Colonel Ada Brun said: "The depot was never a target."', "Ada Brun"),
])
def test_a_cue_word_used_as_a_noun_names_no_speaker(extract, text, speaker):
    extraction, names = extract(text)
    assert {names[c.speaker] for c in extraction.claims if c.speaker} == {speaker}


def test_a_remark_in_a_relative_clause_leaves_the_sentence_the_writers(extract):
    text = ("Velmark forces shelled the market in Dorn on Tuesday, in a massacre that the Dorn council described "
            "as a war crime against unarmed shoppers. A rocket hit the quay near the battery that Velmark says "
            "it was aiming at.")
    extraction, names = extract(text)
    assert {c.text.split()[0] for c in extraction.claims if c.kind == "assertion"} == {"Velmark", "A"}
    described = [c for c in extraction.claims if c.kind == "indirect"]
    assert [(names[c.speaker], c.text) for c in described] == [
        ("Dorn council", "as a war crime against unarmed shoppers.")]  # "it was aiming at" is no claim


def test_outlet_assertions_need_an_actor_and_an_act_or_a_number(extract):
    text = ("Velmark forces shelled the market in Dorn on Tuesday. The weather was mild and the sky clear. "
            "Some say peace may come soon.")
    extraction, _ = extract(text)
    assertions = [c for c in extraction.claims if c.kind == "assertion"]
    assert [c.text for c in assertions] == ["Velmark forces shelled the market in Dorn on Tuesday."]
    assert assertions[0].speaker is None


def test_claim_dates(extract):
    text = ("Fighting spread on Tuesday, October 27, to the south.\n\n"
            "The ministry accused the rebels of shelling the posts in the morning. "
            "On Monday, Karl Usk said the road was closed. Karl Usk said last week that talks would resume.")
    extraction, _ = extract(text, published="2020-10-29")
    dates = {c.text.split()[-1]: c.date for c in extraction.claims if c.kind != "assertion"}
    assert dates == {"morning.": "2020-10-27", "closed.": "2020-10-26", "resume.": "2020-10-19"}


def test_a_claim_under_an_incident_heading_takes_its_date(extract):
    text = ("The mission recorded eleven incidents this month.\n\nOrvik market, 4 March\n\n"
            "According to the mission, shells struck the covered market at noon, killing five traders.")
    extraction, _ = extract(text, published="2024-03-10")
    claim = next(c for c in extraction.claims if "covered market" in c.text)
    assert claim.date == "2024-03-04"


def test_a_trailing_attribution_before_a_semicolon_takes_the_clause_before_it(extract):
    extraction, names = extract("Three civilians were among the dead, the colonel said; the rest were soldiers.")
    [claim] = [c for c in extraction.claims if c.kind != "assertion"]
    assert claim.text == "Three civilians were among the dead" and names[claim.speaker] == "colonel"


def test_an_undated_claim_takes_the_day_its_paragraph_named_just_before(extract):
    text = ("Two workers were killed on 6 May in Orvik.\n\nOur defenders answered on Wednesday night. Air defence "
            "crews shot down a helicopter over Tarrow, the spokesman, Colonel Emil Rask, told the radio.")
    extraction, _ = extract(text, published="2025-05-15")
    claim = next(c for c in extraction.claims if "shot down a helicopter" in c.text)
    assert claim.date == "2025-05-14"  # that Wednesday, not the 6 May of the paragraph before



def test_a_quote_that_ends_its_sentence_is_not_attributed_by_the_next_one(extract):
    text = ('Ana Petrov, the defence lawyer, spoke outside. "The jury did its job," Petrov said, "but it did not '
            'hear the whole story." He said the judge had excluded evidence.')
    extraction, names = extract(text)
    quote = next(c for c in extraction.claims if "whole story" in c.text)
    reported = next(c for c in extraction.claims if "excluded evidence" in c.text)
    assert names[quote.speaker] == names[reported.speaker] == "Ana Petrov"
    assert (quote.kind, reported.kind) == ("direct", "indirect")


@pytest.mark.parametrize(("text", "anchor", "polarity"), [
    ("Colonel Ada Brun spoke. Every helicopter returned safely to base, she said.", "Every helicopter", "deny"),
    ("Colonel Ada Brun spoke. We lost no aircraft on Saturday, she said.", "lost no aircraft", "deny"),
    ("Residents told the Herald that they had heard no explosion that night.", "heard no explosion", "deny"),
    ("The Front had no hand in the market blast, its bulletin said.", "no hand in", "deny"),
    ("Colonel Ada Brun spoke. No more than three civilians died there, she said.", "No more than three", "affirm"),
])
def test_denials_in_other_words(extract, text, anchor, polarity):
    extraction, _ = extract(text)
    assert [c.polarity for c in extraction.claims if anchor in c.text] == [polarity]


def test_a_count_of_the_dead_is_a_claim_with_no_actor_named(extract):
    extraction, _ = extract("Fourteen farmers were killed as they went out to their fields at dawn.")
    assert [c.kind for c in extraction.claims] == ["assertion"]


def test_each_sentence_of_a_quote_is_affirmed_or_denied_on_its_own(extract):
    extraction, names = extract('"The occupier is hunting refugees on the roads. Not one of those cars carried a '
                                'rifle," Governor Lina Osk said.')
    claims = {c.text: c for c in extraction.claims}
    assert claims["The occupier is hunting refugees on the roads."].polarity == "affirm"
    denial = claims["Not one of those cars carried a rifle,"]
    assert (denial.polarity, denial.kind, names[denial.speaker]) == ("deny", "direct", "Lina Osk")


TRANSCRIPT = """Presented by Nadia Ferro. Reports: Tomas Arlen.

ANCHOR: Good evening. The bridge at Corvel was shelled again this morning, our reporter says.

TOMAS ARLEN (AT THE BRIDGE): Two shells hit the eastern span shortly after dawn. Nobody was hurt.

ANCHOR: With us is the army spokesman, Colonel Ivo Marren. Colonel, who fired?

COLONEL IVO MARREN (ARMY SPOKESMAN): Our guns did not fire on Corvel. The shells came from the north.

FIRST: This line is a numbered point of a communique, not a speaker's turn.

MARREN: The enemy wants the bridge closed before the talks resume on Friday.
"""


def test_transcript_turns_are_the_labelled_speakers_claims(extract):
    extraction, names = extract(TRANSCRIPT)
    claims = {c.text: c for c in extraction.claims}
    denial = claims["Our guns did not fire on Corvel."]
    assert (names[denial.speaker], denial.kind, denial.polarity) == ("Ivo Marren", "direct", "deny")
    later = claims["The enemy wants the bridge closed before the talks resume on Friday."]
    assert names[later.speaker] == "Ivo Marren"  # the surname alone is the same speaker
    # the channel's own people (credited, or labelled as its staff) speak for it: assertions with no speaker
    report = claims["Two shells hit the eastern span shortly after dawn."]
    assert (report.speaker, report.kind, report.speaker_text) == (None, "assertion", "Tomas Arlen (at the bridge)")
    assert not any(c.text.startswith("This line is a numbered point") and c.speaker for c in extraction.claims)
    assert not any(c.text.endswith("?") for c in extraction.claims)  # the anchor's questions claim nothing


BRIEFING = """Transcript of the weekly briefing of Colonel Ivo Marren, spokesman of the General Staff

Good morning. On Monday night our air defence shot down two enemy drones over Corvel.

Q: The rebels say they shot down one of your helicopters on Tuesday.

A: Every helicopter came back to its base on Tuesday evening. Nobody was hit.

Q: Residents of Sarn say soldiers burned the mill.

A: Nobody burned anything. The mill caught fire when its own generator overheated.

Q: Any news on the talks?

A [Maj. Lena Ostrova]: The delegation will travel to Brenn on Friday, as agreed last week.
"""


def test_a_briefings_answers_and_opening_statement_are_the_named_briefers_claims(extract):
    extraction, names = extract(BRIEFING)
    claims = {c.text: c for c in extraction.claims}
    for text in ("On Monday night our air defence shot down two enemy drones over Corvel.",
                 "Every helicopter came back to its base on Tuesday evening.",
                 "The mill caught fire when its own generator overheated."):
        assert (names[claims[text].speaker], claims[text].kind) == ("Ivo Marren", "direct")
    for denial in ("Nobody was hit.", "Nobody burned anything."):  # short, and all the answer there is
        assert (names[claims[denial].speaker], claims[denial].polarity) == ("Ivo Marren", "deny")
    assert names[claims["The delegation will travel to Brenn on Friday, as agreed last week."].speaker] == \
        "Lena Ostrova"  # the briefer the brackets name
    asked = next(c for c in extraction.claims if "shot down one of your helicopters" in c.text)
    assert names.get(asked.speaker) != "Ivo Marren"  # the question reports the rebels, not the colonel
    assert not any(c.text.startswith("Any news") for c in extraction.claims)


def test_questions_and_answers_with_no_one_named_above_them_are_nobodys_words(extract):
    extraction, names = extract(BRIEFING.replace("Transcript of the weekly briefing of ", "Notes on "))
    assert not any(names.get(c.speaker) == "Ivo Marren" for c in extraction.claims)


INTERVIEW = """Interview: Anna Rusk

General Petr Orlan commands the army in the Tarsk valley. He spoke to us on Friday.

ANNA RUSK: General, who fired on the Lind chapel?

GEN. ORLAN: Nobody on our side fired at Lind, not on Tuesday, not ever.

ANNA RUSK: And the mines near the school?

GEN. ORLAN: Since the ceasefire was signed, not one mine has gone into the ground on our side.

ANNA RUSK: Thank you, General.
"""


def test_an_abbreviated_rank_in_a_label_is_part_of_the_label(extract):
    # "GEN." is no sentence end: the turn is the general's claim, once, and a leading clause keeps its denial
    extraction, names = extract(INTERVIEW)
    assert not any(c.text.startswith(("ORLAN", "GEN")) for c in extraction.claims)
    turns = [c for c in extraction.claims if names.get(c.speaker) == "Petr Orlan"]
    assert [c.text for c in turns] == [
        "Nobody on our side fired at Lind, not on Tuesday, not ever.",
        "Since the ceasefire was signed, not one mine has gone into the ground on our side."]
    assert {c.polarity for c in turns} == {"deny"}


def test_a_briefing_credit_line_names_the_answerer_by_his_portfolio(extract):
    # the line under the headline has no full stop, and the minister's portfolio is no part of his name
    text = BRIEFING.replace("Transcript of the weekly briefing of Colonel Ivo Marren, spokesman of the General Staff",
                            "Briefing by Deputy Minister for Internal Security Ivo Marren")
    extraction, names = extract(text)
    claims = {c.text: c for c in extraction.claims}
    assert names[claims["Every helicopter came back to its base on Tuesday evening."].speaker] == "Ivo Marren"


def test_one_labelled_note_does_not_make_a_transcript(extract):
    extraction, _ = extract("UPDATE: The ministry later said the convoy had reached Corvel safely on Friday.")
    assert all(c.speaker_text != "Update" for c in extraction.claims)


@pytest.mark.parametrize("text", [
    "The administration in Brenn has not commented.",
    # the speaker came first: the name after the cue is what was said
    "Colonel Ada Brun, the army's spokeswoman, said Tomas Brel, the rebel commander, was killed in a raid.",
    "Vice Admiral Olaf Ren, Chief of Naval Staff, told the Herald that a missile struck the radar on Holm Rock.",
])
def test_an_inverted_cue_needs_a_statement_before_it_and_its_speaker_after_it(extract, text):
    extraction, names = extract(text)
    assert all(c.text.strip(" .") for c in extraction.claims)
    assert not {names.get(c.speaker) for c in extraction.claims} & {"Tomas Brel", "Herald"}
