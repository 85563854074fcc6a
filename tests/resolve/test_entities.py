"""Resolution across documents: spellings merge, namesakes stay apart, short forms find their owner."""

from __future__ import annotations

import pytest

from crosscheck.extract import extract_document, load_nlp
from crosscheck.model import Document
from crosscheck.resolve import resolve_entities

DOCS = {
    "a": "Human Rights Watch (HRW) documented the strike on Shusha. Amnesty International agreed. "
         "President Ilham Aliyev spoke in Baku. Ombudsman Artak Beglaryan visited Nagorno-Karabakh.",
    "b": "HRW and Amnesty criticised the shelling of Shushi. Beklaryan said Karabakh was hit. "
         "Bakhtiyar Aliyev, a lawmaker, disagreed. Aliyev stressed the risks.",
    "c": "Pashinyan said Aliyev was lying. Jalal Harutiunyan was wounded.",
    "d": "Prime Minister Nikol Pashinyan and Arayik Harutyunyan met. Harytyunyan said the line held.",
    # two partisan outlets, each leaving its own state's ministry unmarked
    "e": "The Ministry of Defence said air defences downed a drone. Amnesty International was not convinced.",
    "f": "The Ministry of Defence said no drone was lost.",
}


@pytest.fixture(scope="module")
def resolved():
    nlp = load_nlp()
    local, mentions = [], []
    for key, text in DOCS.items():
        doc = Document(id=key, source=f"{key}.txt", source_file=f"{key}.txt", content_hash="", text=text)
        extraction = extract_document(doc, nlp)
        local += extraction.entities
        mentions += extraction.mentions
    resolution = resolve_entities(local)

    def holder(doc: str, surface: str) -> str:
        mention = next(m for m in mentions if m.doc == doc and m.text == surface)
        return resolution.canonical[mention.entity]  # the canonical entity's id

    return holder


@pytest.mark.parametrize(("a", "b"), [
    (("a", "Human Rights Watch"), ("b", "HRW")),
    (("a", "HRW"), ("a", "Human Rights Watch")),
    (("a", "Amnesty International"), ("b", "Amnesty")),
    (("a", "Shusha"), ("b", "Shushi")),
    (("a", "Artak Beglaryan"), ("b", "Beklaryan")),
    (("a", "Nagorno-Karabakh"), ("b", "Karabakh")),
    (("a", "Ilham Aliyev"), ("c", "Aliyev")),  # no full name in c: the most mentioned Aliyev
    (("d", "Nikol Pashinyan"), ("c", "Pashinyan")),
    (("d", "Arayik Harutyunyan"), ("d", "Harytyunyan")),
    (("a", "Amnesty International"), ("e", "Amnesty International")),
])
def test_merged(resolved, a, b):
    assert resolved(*a) == resolved(*b)


@pytest.mark.parametrize(("a", "b"), [
    (("a", "Ilham Aliyev"), ("b", "Bakhtiyar Aliyev")),
    (("b", "Aliyev"), ("a", "Ilham Aliyev")),  # in b the surname follows Bakhtiyar
    (("d", "Arayik Harutyunyan"), ("c", "Jalal Harutiunyan")),
    (("e", "Ministry of Defence"), ("f", "Ministry of Defence")),  # every state has one
])
def test_kept_apart(resolved, a, b):
    assert resolved(*a) != resolved(*b)
