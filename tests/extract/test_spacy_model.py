"""A user-installed spaCy pipeline (``--spacy-model``) adds its named entities; a missing one is a usage error."""

from __future__ import annotations

import json

import spacy


def test_a_pipelines_entities_type_names_the_rules_leave_open(cli, tmp_path):
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "GPE", "pattern": "Velmora"}, {"label": "ORG", "pattern": "the Ostrand Fund"}])
    model = tmp_path / "user_model"
    nlp.to_disk(model)
    article = tmp_path / "a.txt"
    article.write_text("Aid reached Velmora on Monday. Money came from the Ostrand Fund, Ana Petrov said.")
    db, out = tmp_path / "s.db", tmp_path / "s.json"
    assert cli("analyze", article, "--db", db, "-q", "--spacy-model", model).exit_code == 0
    assert cli("export", "--db", db, "-o", out).exit_code == 0
    types = {e["name"]: e["type"] for e in json.loads(out.read_text())["entities"]}
    assert types["Velmora"] == "place"  # the rules alone call it "other"
    assert types["Ana Petrov"] == "person"


def test_a_missing_pipeline_is_a_usage_error(cli, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Aid reached the town on Monday, officials said.")
    result = cli("analyze", article, "--db", tmp_path / "s.db", "--spacy-model", "xx_not_installed_sm")
    assert result.exit_code == 2 and "not installed" in result.stderr
