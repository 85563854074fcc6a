"""The spaCy pipeline extraction runs on: a blank English tokenizer by default, a user's trained one on request.

No trained pipeline ships with crosscheck and none can be downloaded at run time, so the default is
spaCy's rule-based tokenizer plus sentence splitting, and every rule works from that. A user who has
installed one (``--spacy-model en_core_web_sm``) gets its named entities as extra name candidates.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from crosscheck.errors import InputError


@Language.component("crosscheck_paragraphs")
def mark_paragraphs(doc: Doc) -> Doc:
    """A line break ends a sentence: headings and captions carry no full stop. "School No. 4" goes on, and so
    does a transcript's "GEN. KIDANE:" (the tokenizer knows "Gen." only as written in lower case)."""
    for token in doc[1:]:
        if doc[token.i - 1].is_space and "\n" in doc[token.i - 1].text:
            token.is_sent_start = True
        elif token.i >= 2 and doc[token.i - 1].text == "." and (
                token.like_num and doc[token.i - 2].text in _NUMBER_ABBREVIATIONS
                or doc[token.i - 2].text.lower() in _TITLE_ABBREVIATIONS and doc[token.i - 2].text[:1].isupper()
                and token.text[:1].isupper()):
            token.is_sent_start = False
    return doc


_NUMBER_ABBREVIATIONS = frozenset({"No", "Nos", "no", "Vol", "Art", "Fig", "Ch", "Sec", "Para"})
_TITLE_ABBREVIATIONS = frozenset({"gen", "col", "maj", "lt", "capt", "cpt", "sgt", "cpl", "brig", "adm", "cmdr", "cdr",
                                  "dr", "mr", "mrs", "ms", "prof", "gov", "sen", "rep", "rev", "amb", "hon"})


def text_of(doc: Doc) -> str:
    """The document's text, built once: ``Doc.text`` joins every token anew on each access."""
    text = doc.user_data.get("text")
    if text is None:
        text = doc.user_data["text"] = doc.text
    return text


@lru_cache(maxsize=4)
def load_nlp(model: str | None = None) -> Language:
    if model:
        try:
            nlp = spacy.load(model, exclude=["lemmatizer", "textcat"])
        except OSError as exc:
            raise InputError(
                f"spaCy pipeline {model!r} is not installed; install its package, or leave out --spacy-model "
                "to use the built-in rules"
            ) from exc
    else:
        nlp = spacy.blank("en")
    if not any(nlp.has_pipe(name) for name in ("parser", "senter", "sentencizer")):
        nlp.add_pipe("sentencizer")
        nlp.add_pipe("crosscheck_paragraphs")
    return nlp
