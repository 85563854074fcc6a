"""Published fact-checks: the verdicts a page declares in ClaimReview JSON-LD reach the export."""

from __future__ import annotations

PAGE = """<html><head><title>Fact check: Was the Brel dam bombed?</title>
<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
 {"@type": "ClaimReview", "claimReviewed": "Solmari jets bombed the Brel dam on March 4",
  "itemReviewed": {"@type": "Claim", "author": {"@type": "Person", "name": "Petar Vukan"}},
  "reviewRating": {"@type": "Rating", "ratingValue": 1, "alternateName": "False"}}]}</script>
<script type="application/ld+json">{not json</script></head>
<body><article><h1>Fact check: Was the Brel dam bombed?</h1>
<p>Dravian defence spokesman Petar Vukan said on Monday that Solmari jets bombed the Brel dam on March 4,
flooding two villages downstream of the reservoir.</p>
<p>Satellite images taken on March 5 show the dam intact and the reservoir at its usual level. Engineers at the
dam told us no aircraft had been seen over the valley that week and no repairs were under way.</p>
<p>The Tarn Valley monitoring mission, which visited the dam on March 6, found no damage to the structure.</p>
<p>We found no evidence that the dam was hit. We rate the claim False.</p>
</article></body></html>"""


def test_claim_review_json_ld_gives_the_verdict(tmp_path, export_of):
    page = tmp_path / "factcheck-brel-dam.html"
    page.write_text(PAGE, encoding="utf-8")
    export = export_of(page)
    [doc] = export["documents"]
    assert doc["kind"] == "factcheck"
    [verdict] = export["verdicts"]
    assert (verdict["doc"], verdict["rating"]) == (doc["id"], "False")
    assert verdict["claim_text"] == "Solmari jets bombed the Brel dam on March 4"
    assert verdict["claimant_text"] == "Petar Vukan"
    entities = {e["id"]: e["name"] for e in export["entities"]}
    assert entities.get(verdict["claimant"]) == "Petar Vukan"


def test_labelled_lines_in_a_plain_text_fact_check_give_the_verdict(tmp_path, export_of):
    page = tmp_path / "factcheck.txt"
    page.write_text(
        "ORVIK CHECKS\nFact checks | Explainers | About us\n\n"
        "Video does not show rebels downing an army helicopter near Tarrow\n"
        "By Ana Berk | 19 November 2025 | Updated 20 November 2025, 09:12\n\n"
        "What was claimed: The rebels shot down an army helicopter near Tarrow on 15 November.\n"
        "Who claimed it: The rebels' western front, in a communique\nOur rating: False\n\n"
        "On 16 November the rebels published a communique saying that their fighters had shot down an army "
        "helicopter near Tarrow. The video they shared was filmed in 2019, in another country.\n", encoding="utf-8")
    export = export_of(page)
    [doc] = export["documents"]
    assert (doc["kind"], doc["author"], doc["published"]) == ("factcheck", "Ana Berk", "2025-11-19")
    assert doc["title"] == "Video does not show rebels downing an army helicopter near Tarrow"
    [verdict] = export["verdicts"]
    assert verdict["rating"] == "False" and verdict["claim_text"].startswith("The rebels shot down an army helicopter")
