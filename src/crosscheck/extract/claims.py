"""Attributed claims: who said what, with which cue, quoted or reported, affirmed or denied.

Works in two passes over one document. ``find_attributions`` is pure pattern work: every quote and
every reporting cue becomes an Attribution with the token range that holds its speaker. Then
``resolve_speakers`` walks them in text order, because "he said" means the person last speaking.
Constructions: "“...,” X said", "said X", "X said: “...”", "X said that ...", "..., X said",
"according to X", "X accused Y of ...", "was described by X as ...", "a comment from X that ...",
"cited X as saying", "X's statement concluded", a quote continued with no attribution of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span

from crosscheck.extract import lexicon as lx
from crosscheck.extract.names import NameMention, is_heading
from crosscheck.extract.nlp import text_of
from crosscheck.extract.quotes import Quote

MIN_QUOTE_WORDS = 4  # shorter quotes are scare quotes or quoted phrases inside reported speech
_THAT = frozenset({"that", ":", ","})
_ADJUNCT_STARTS = frozenset({"on", "in", "at", "after", "before", "during", "early", "late", "last", "this",
                             "earlier", "later", "to", "from", "via", "through", "while", "when", "today",
                             "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                             "sunday", "ahead", "shortly", "according", "as", "citing", "quoted", "tonight",
                             "overnight", "separately", "publicly", "again", "repeatedly", "afterwards", "recently"})
_PARTICIPLE_CUES = frozenset({"saying", "adding", "noting", "stressing", "warning", "claiming", "insisting",
                              "arguing", "explaining", "denying", "accusing", "alleging", "emphasizing"})
_PARTICLES_AFTER_CUE = frozenset({"up", "out"})
_NEGATED = re.compile(
    r"^\s*(?:no(?!\s+(?:more|fewer|less)\s+than\b)|nobody|none|nothing|not one|not a single|neither)\b|"  # "no unit"
    r"\bneither\b[^.;]{1,40}\bnor\b|"
    r"\bthere\s+(?:is|was|were|are|has been|have been|had been)\s+(?:no|never)\b|"  # "there is no depot here"
    r"\b(?:had|has|have|played)\s+no\s+(?:hand|part|role|involvement)\b|\bnothing to do with\b|"
    # "our forces detained nobody", "they heard no blast"
    r"^\W*\w+(?:\s+\w+){0,2}\s+(?:\w+ed|heard|saw|found|lost|took)\s+(?:nobody|no one|nothing|no)\b|"
    r"^\W*(?:every|each|all)\b[^.;]{0,40}\b(?:returned|came back|landed)\s+(?:safely|to (?:base|their bases?))|"
    r"\b(?:\w+ed|fired|shot|hit|struck|lost|took|sent|made)\s+not\s+(?:one|a single)\b|"  # "fired not one round"
    r"\bnever\s+(?:\w+ed|was|were|had|did|been|happened|existed|took|hit|shot|fired|struck|sent|gave|made|put|lost|"
    r"fires?|shoots?|targets?|attacks?|strikes?|shells?|aims?|hits?|bombs?|kills?|uses?)\b|"
    r"\b(?:did not|didn[’']t|has not|hasn[’']t|have not|haven[’']t|had not|was not|wasn[’']t|"
    r"were not|weren[’']t|is not|isn[’']t|are not|aren[’']t|no longer|does not|doesn[’']t|do not|don[’']t|"
    r"will not|won[’']t)\b"
    r"(?!\s+(?:only|just|yet|about|necessarily|least|so|too|alone|the only)\b)", re.I)
# "said the claims were false": the speaker dismisses what was reported
# "As for the Dikwa market, ...", "Since the armistice was signed, not one mine ...": the clause before the claim
_TOPIC_OPENING = re.compile(r"^\s*(?:as for|as to|regarding|concerning|in|on|at|for|about|since|after|before|until|"
                            r"during|throughout)\b[^,;:]{0,40}$", re.I)
RELATIVE_REACH = 8  # tokens between a relative pronoun and the cue's speaker ("that the Council (PTC)")
RELATIVE_CLAUSE_WORDS = 6  # a cue in a relative clause with less than this after it only qualifies a noun
_PREFACE = re.compile(r"^\s*(?:\w+\s+){0,4}\w+\s*:")  # a short lead-in before a colon
_DISMISSED = re.compile(
    r"\b(?:claims?|reports?|allegations?|accusations?|statements?|information|news|footage|videos?)\b"
    r"[^.;]{0,40}?\b(?:were|was|are|is|as|called)\b\W{0,3}(?:completely |totally |absolutely )?[\"“‘]?"
    r"(?:false|baseless|groundless|untrue|fabricated|fabrications?|lies|a lie|fake|unfounded|disinformation|"
    r"misinformation|propaganda|provocation|slander|nonsense|absurd)", re.I)
_ACTION = re.compile(
    r"\b(?:attack|shell|strik|struck|fir(?:e|ed|ing)|kill|launch|destroy|captur|target|violat|bomb|hit|shot|shoot|"
    r"seiz|wound|invad|occup|liberat|rocket|recruit|deploy|shell|massacr|execut|behead|tortur|abduct|"
    r"detain|arrest|displac|evacuat|withdr[ae]w|retreat|advanc|took control|taken control|down(?:ed)?|"
    r"sign|agree|accus|deni|reject|used|using|use of|deliver|transfer|sent|supplied|mined|slam\w* into|"
    r"rained (?:down )?on|lost (?:their|his|her) li|round\w* up|hostage|kidnap|blast|explo|ambush|raid|detonat|boarded|"
    r"fell on|landed on|overr[au]n|demolish|raked|strafe|sealed off|blockad|conscript|expel|deport|"
    r"(?:laid|planted|sow(?:ed|n)?|lay(?:ing)?) (?:\w+ ){0,2}?mines|mines (?:\w+ ){0,2}?(?:laid|planted|sown))\w*",
    re.I)
# "KORVEL, March 4 (Agency) - ", and in title case with its day: "Varo, 12 May -- "
DATELINE_PREFIX = re.compile(r"(?:[A-Z][A-Z.'’/ -]{2,40}(?:,[^—–(\n]{1,30})?|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2},\s*"
                             r"(?:\d{1,2}\s+[A-Z][a-z]{2,8}|[A-Z][a-z]{2,8}\.?\s+\d{1,2}))\s*(?:\([^)\n]{1,60}\))?"
                             r"\s*[—–-]{1,2}\s+")
# a transcript's turn label: "GEN. KIDANE: ", "HALLAJ (recorded): ", "A: "
TURN_LABEL = re.compile(r"[A-Z][A-Z'’.-]*(?: [A-Z][A-Z'’.-]+){0,3}(?: \([^)\n]{1,60}\))?:[ \t]+")
_SPEAKER_DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "two", "three", "four", "several",
                                  "some", "many", "one", "another", "other"})
_INVERTED_CUES = frozenset({"said", "says", "added", "stated", "claimed", "insisted", "reported", "announced",
                            "explained", "wrote", "declared", "alleged", "confirmed", "maintained"})
_AFTER_INVERTED_SPEAKER = frozenset({".", ",", ";", "!", "who", "on", "in", "at", "after", "when", "during", "as"})
_WORD = re.compile(r"\w")
_TRAILING_SAYER = re.compile(r",\s+(?:he|she|they)\s+(?:said|added|says)\W*$")
_PARTY_TAG = re.compile(r"[A-Z]-[A-Z][A-Za-z.]*\.?")
# Case-sensitive: "May" is a month ("On 12 May, shells struck ..."), "may" a hedge.
_HEDGES = re.compile(r"\b(?:may|might|could|would|should|perhaps|possibly|appears?|seems?|must|"
                     r"Perhaps|Possibly|Might|Could|Would|Should)\b|\?")


@dataclass
class Attribution:
    """One claim before its speaker is resolved."""

    cue_at: int  # character offset of the cue (or of the quote, for a continued quote)
    cue: str | None
    kind: str  # direct, indirect, assertion
    start: int  # the content span
    end: int
    speaker_tokens: tuple[int, int] | None  # token range holding the speaker
    polarity: str = "affirm"
    inherit: str | None = None  # "previous": the speaker of the previous claim
    sentence: tuple[int, int] = (0, 0)  # character span of the sentence(s) it came from
    speaker: int | None = None  # resolved: local entity index (or -1 for a role entity created later)
    speaker_text: str | None = None


def find_attributions(doc: Doc, quotes: list[Quote]) -> list[Attribution]:
    text = text_of(doc)
    long_quotes = [q for n, q in enumerate(quotes)
                   if q.words(text) >= MIN_QUOTE_WORDS or _split(text, q, quotes[n + 1:])]
    found: list[Attribution] = []
    used_cues: set[int] = set()
    for quote in long_quotes:
        attribution = _attribute_quote(doc, quote, long_quotes, used_cues)
        if attribution:
            found.append(attribution)
    inside = [(q.inner_start, q.inner_end) for q in long_quotes]
    for sent in doc.sents:
        if is_heading(sent):
            continue
        found.extend(_reported_speech(sent, inside, used_cues, found))
        found.extend(_nominal_claims(sent, [*inside, *((a.start, a.end) for a in found)]))
    found.sort(key=lambda a: a.start)
    _continue_quotes(found, long_quotes, doc)
    return sorted(found, key=lambda a: a.start)


def find_assertions(doc: Doc, claimed: list[tuple[int, int]], mentions: list[NameMention],
                    numbers: list[tuple[int, int]], casualties: list[tuple[int, int]]) -> list[Attribution]:
    """The outlet's own check-worthy sentences: an actor doing something, or a number, stated as fact;
    a count of the dead, wounded or displaced is check-worthy with no actor named ("Fourteen farmers were killed")."""
    found = []
    actors = [m for m in mentions if m.type in ("group", "organization", "place", "person", "other")]
    for sent in doc.sents:
        s, e = sent.start_char, sent.end_char
        body = sent.text
        opening = _body_start(doc, sent)  # a claim inside a relative clause leaves the sentence the writer's
        if is_heading(sent) or any(a <= opening and s < b for a, b in claimed if a < e) or _HEDGES.search(body):
            continue
        if len(sent) < 6 or any(_quote_mark(t) for t in sent):
            continue
        s = _body_start(doc, sent)
        has_actor = any(s <= m.start < e for m in actors)
        has_number = any(s <= a < e for a, _ in numbers)
        if has_actor and (_ACTION.search(body) or has_number) or any(s <= a < e for a, _ in casualties):
            end = e
            while end > s and text_of(doc)[end - 1].isspace():
                end -= 1
            found.append(Attribution(s, None, "assertion", s, end, None,
                                     _polarity(body, None), sentence=(s, e)))
    return found


def split_sentences(doc: Doc, attributions: list[Attribution]) -> list[Attribution]:
    """A quote of several sentences is several claims, each affirmed or denied on its own: in "The occupier hunts
    refugees. Not one of those cars carried a rifle," the second sentence is a denial."""
    text = text_of(doc)
    found = []
    for a in attributions:
        if a.kind != "direct":
            found.append(a)
            continue
        inner = doc.char_span(a.start, a.end, alignment_mode="expand")
        parts = [(max(s.start_char, a.start), min(_sentence_end_char(doc, s), a.end)) for s in inner.sents] \
            if inner is not None else []
        parts = [(s, e) for s, e in parts if len(text[s:e].split()) >= MIN_QUOTE_WORDS]
        if len(parts) < 2:
            found.append(a)
            continue
        found += [replace(a, start=s, end=e, polarity=_polarity(text[s:e], a.cue)) for s, e in parts]
    return found


def _split(text: str, quote: Quote, later: list[Quote]) -> bool:
    """'"The ceasefire," Lavrov told reporters, "must hold."': the first half of a quote split by its attribution."""
    if not later or not text[quote.inner_start:quote.inner_end].rstrip().endswith(","):
        return False
    between = text[quote.end:later[0].start]
    return len(between) < 90 and between.rstrip().endswith(",") and "\n" not in between \
        and text[later[0].inner_start:later[0].inner_start + 1].islower()


def _cue_lemma(doc: Doc, i: int) -> str | None:
    token = doc[i]
    lemma = lx.CUE_LEMMAS.get(token.lower_)
    if lemma == "sum" or token.lower_ == "summed":
        return "sum up"
    return lemma


def _quote_mark(token) -> bool:
    """A quotation mark, not the apostrophe of a plural possessive ("Brenn Railways' eastern region")."""
    if token.text in ("'", "’") and token.i > 0:
        before = token.doc[token.i - 1]
        if not before.whitespace_ and before.text[-1:].lower() == "s" and token.whitespace_:
            return False
    return token.is_quote


def _token_at(doc: Doc, char: int) -> int:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span.start if span is not None else len(doc) - 1


def _attribute_quote(doc: Doc, quote: Quote, quotes: list[Quote], used: set[int]) -> Attribution | None:
    """A long quote: its speaker after it ("..., X said") or before it ("X said: ...")."""
    after_tok = _token_at(doc, quote.end) if quote.end < len(text_of(doc)) else len(doc)
    sent_end = doc[min(after_tok, len(doc) - 1)].sent.end if after_tok < len(doc) else len(doc)
    following = [q for q in quotes if q.start >= quote.end]
    stop = min([_token_at(doc, following[0].start)] + [sent_end]) if following else sent_end
    # After: ", he said." / ", said X, ..." / ", X, director of ..., told Y."
    attached = after_tok < len(doc) and doc[after_tok - 1].idx < quote.end
    attached = attached and text_of(doc)[quote.end:quote.end + 3].strip()[:1] != "\n"
    if attached and not _ends_sentence(doc, quote, after_tok):
        for i in range(after_tok, min(stop, after_tok + 25)):
            if doc[i].text in (".", "!", "?", ";") or "\n" in doc[i].text:
                break
            lemma = _cue_lemma(doc, i)
            if lemma and (lemma != "estimate") and doc[i].lower_ not in lx.AMBIGUOUS_CUES:
                used.add(i)
                lead = [t for t in doc[after_tok:i] if not t.is_punct]
                speaker = _subject_range(doc, i, after_tok) if lead else _object_range(doc, i + 1, stop)
                return Attribution(doc[i].idx, lemma, "direct", quote.inner_start, quote.inner_end, speaker,
                                   _polarity(text_of(doc)[quote.inner_start:quote.inner_end], lemma),
                                   sentence=(quote.start, doc[stop - 1].idx + len(doc[stop - 1])))
    # Before: "X said: “...”", "X said that “...”", "according to X: “...”"
    open_tok = _token_at(doc, quote.start)
    sent_start = doc[open_tok].sent.start
    for i in range(open_tok - 1, max(sent_start, open_tok - 30) - 1, -1):
        if doc[i].is_quote or doc[i].text in (".", "!", "?"):
            break  # '..., he said. "That terminal ..."': a new sentence, continuing his words
        lemma = _cue_lemma(doc, i)
        according = doc[i].lower_ == "according" and i + 1 < len(doc) and doc[i + 1].lower_ == "to"
        if not (lemma or according) or i in used or doc[i].lower_ in lx.AMBIGUOUS_CUES:
            continue
        gap = _gap(doc, i, open_tok)
        if gap and any(doc[k].text == "," for k in range(i + 1, open_tok)):
            continue  # "..., the ministry said (on Saturday), calling it “...”": that cue's content came before it
        used.add(i)
        inherit = None
        if according:
            speaker = _object_range(doc, i + 2, open_tok)
            gap = []
            lemma = "according to"
        elif _is_passive(doc, i):
            speaker = _object_range(doc, _agent_at(doc, i) + 1, open_tok)
        elif doc[i].lower_ in _PARTICIPLE_CUES and i > sent_start and doc[i - 1].text == ",":
            speaker, inherit = None, "previous"  # "..., a commander told Minbar, adding that “...”"
        else:
            speaker = _subject_range(doc, i, sent_start)
        if lemma in ("tell", "inform", "urge") and gap:  # "told the Weekly that “...”": the object is no content
            gap = [t for t in gap if t.i > _that_after(doc, i, open_tok)]
        direct = not gap
        start = quote.inner_start if direct else _content_start(doc, i, open_tok)
        end = quote.inner_end if direct else max(quote.inner_end, _sentence_end_char(doc, doc[open_tok].sent))
        return Attribution(doc[i].idx, lemma, "direct" if direct else "indirect", start, end, speaker,
                           _polarity(text_of(doc)[start:end], lemma), inherit=inherit,
                           sentence=(doc[sent_start].idx, quote.end))
    return None


def _gap(doc: Doc, cue: int, open_tok: int) -> list:
    """Words between a cue and the quote it introduces, adjuncts aside: none means the quote is the content."""
    marks = [k for k in range(cue + 1, open_tok) if doc[k].lower_ in ("that", ":")]
    first = marks[-1] + 1 if marks else cue + 1
    return [t for t in doc[first:open_tok] if not (t.is_punct or t.is_space or (not marks and _skippable(doc, t.i)))]


def _ends_sentence(doc: Doc, quote: Quote, after_tok: int) -> bool:
    """'... the whole story." He said ...': a quote closed by a full stop and followed by a capital (or by
    "He"/"She" after "?" or "!") ends its sentence; what follows is a new sentence, not its attribution."""
    inner = text_of(doc)[quote.inner_start:quote.inner_end].rstrip()
    nxt = next((t for t in doc[after_tok: after_tok + 3] if not t.is_space and not t.is_quote), None)
    if nxt is None or not nxt.text[:1].isupper():
        return False
    pronoun = nxt.lower_ in lx.PERSON_PRONOUNS | {"it", "they"}
    return inner.endswith((".", "…")) or (inner.endswith(("?", "!")) and pronoun)


def _that_after(doc: Doc, i: int, limit: int) -> int:
    for k in range(i + 1, min(limit, i + 10)):
        if doc[k].lower_ == "that" or doc[k].text == ":":
            return k
    return i


def _is_passive(doc: Doc, i: int) -> bool:
    """"was described by X as", "were dismissed as propaganda by X"."""
    return i >= 1 and doc[i - 1].lower_ in ("was", "were", "is", "are", "been", "be", "being") and \
        _agent_at(doc, i) is not None


def _agent_at(doc: Doc, i: int) -> int | None:
    """The "by" that introduces a passive cue's speaker, within a few words and the same clause."""
    for k in range(i + 1, min(len(doc), i + 7)):
        if doc[k].lower_ == "by":
            return k
        if doc[k].text in (",", ";", ".") or doc[k].is_quote and k > i + 1 and doc[k - 1].lower_ != "as":
            return None
    return None


def _sentence_end_char(doc: Doc, sent: Span) -> int:
    """The sentence's last character, without trailing space or the next quote's opening mark."""
    text = text_of(doc)
    end = sent.end_char
    while end > sent.start_char and (text[end - 1].isspace() or text[end - 1] in "“‘«„"
                                     or (text[end - 1] == '"' and text[end - 2: end - 1].isspace())):
        end -= 1
    return end


def _skippable(doc: Doc, k: int) -> bool:
    token = doc[k]
    return (token.lower_ in lx.ADVERBS or (token.text.endswith("ly") and token.text.islower())
            or token.like_num or token.lower_ in lx.WEEKDAYS_AND_MONTHS or token.is_space)


def _subject_range(doc: Doc, cue: int, floor: int) -> tuple[int, int] | None:
    """The speaker left of a cue: skips adverbs and dates, then appositions ("X, the head of Y, said")."""
    k = cue - 1
    while k >= floor and _skippable(doc, k) and doc[k].text != ",":
        k -= 1
    if k - 1 >= floor and doc[k].lower_ == "to" and doc[k - 1].lower_ in lx.CATENATIVES:
        k -= 2  # "the junta's media continue to accuse": the media speak
    if k < floor:
        return None
    if doc[k].text == ",":  # an apposition ends here: find the name before it
        chunks = _comma_chunks(doc, floor, k)
        for n in range(len(chunks) - 1, -1, -1):
            chunk_start, chunk_end = chunks[n]
            if _is_name_chunk(doc, chunk_start, chunk_end):
                return chunk_start, chunk_end
            if n == 0 and chunk_start == floor and len(chunks) > 1:
                return chunk_start, chunk_end  # "A statement from X, Y's parent company, said": the subject
            if not _is_apposition(doc, chunk_start, chunk_end):
                break
        return None
    end = k + 1
    start = k
    while start > floor and not (doc[start - 1].text in (",", ";", ":", "(", "—", "–") or _quote_mark(doc[start - 1])
                                 or doc[start - 1].lower_ in ("that", "and", "but", "while", "which", "where")
                                 or "\n" in doc[start - 1].text):
        start -= 1
    if doc[start].lower_ in ("that", "and", "but") and start < end - 1:
        start += 1
    if doc[start].lower_.endswith("ing") and start + 1 < end and doc[start + 1].lower_ == "to":
        return None  # "Referring to militia claims about X, Y said": the cue word is a noun
    return start, end


def _comma_chunks(doc: Doc, floor: int, last_comma: int) -> list[tuple[int, int]]:
    chunks, end = [], last_comma
    k = last_comma - 1
    while k >= floor:
        if doc[k].text in (",", ";", ":", "—") or _quote_mark(doc[k]) or "\n" in doc[k].text:
            chunks.append((k + 1, end))
            if doc[k].text != ",":
                return list(reversed(chunks))
            end = k
        k -= 1
    chunks.append((floor, end))
    return list(reversed(chunks))


def _is_name_chunk(doc: Doc, start: int, end: int) -> bool:
    words = [t for t in doc[start:end] if not t.is_punct and not t.is_space]
    if _PARTY_TAG.fullmatch(doc[start:end].text.strip()):
        return False  # "Sen. Raymond O'Brien, D-Minn., said": the tag is not the speaker
    return bool(words) and len(words) <= 6 and words[-1].text[:1].isupper() and all(
        t.text[:1].isupper() or t.lower_ in lx.TITLES or t.lower_ in ("a", "the", "de", "van", "von", "le", "la")
        or t.lower_ in lx.ROLE_NOUNS for t in words)


def _is_apposition(doc: Doc, start: int, end: int) -> bool:
    words = [t for t in doc[start:end] if not t.is_space]
    if _PARTY_TAG.fullmatch(doc[start:end].text.strip()) or (words and words[0].lower_ in ("who", "which")):
        return True  # "R-Ohio", "who co-wrote the bill"
    return bool(words) and len(words) <= 20 and not any(t.lower_ in lx.CUE_LEMMAS for t in words) and (
        words[0].lower_ in ("a", "an", "the", "who", "which", "whose", "director", "head", "chief")
        or words[0].lower_ in lx.ROLE_NOUNS or words[0].lower_ in lx.TITLES
        or any(t.lower_ in ("'s", "’s") for t in words[:3]) or words[0].is_punct)


def _object_range(doc: Doc, start: int, stop: int) -> tuple[int, int] | None:
    """The speaker right of an inverted cue ("said Stephen Goose, the head of ...") or after "by"/"to"."""
    while start < stop and doc[start].lower_ in _PARTICLES_AFTER_CUE | {"by", "to"}:
        start += 1
    end = start
    while end < stop and not (doc[end].is_punct and doc[end].text not in ("'s", "’s", "-")) \
            and doc[end].lower_ not in ("in", "on", "at", "as", "that", "who", "after", "when", "from", "during"):
        end += 1
    return (start, end) if end > start else None


def _reported_speech(sent: Span, inside: list[tuple[int, int]], used: set[int],
                     earlier: list[Attribution]) -> list[Attribution]:
    doc = sent.doc
    found: list[Attribution] = []
    sent_end = _sentence_end_char(doc, sent)
    for token in sent:
        i = token.i
        according = token.lower_ == "according" and i + 1 < sent.end and doc[i + 1].lower_ == "to"
        lemma = "according to" if according else _cue_lemma(doc, i)
        if not lemma or i in used or any(a <= token.idx < b for a, b in inside):
            continue
        if any(a.start <= token.idx < a.end for a in [*earlier, *found]):
            continue
        if token.lower_ in _PARTICIPLE_CUES and i > sent.start and doc[i - 1].text == ",":
            owner = next((a for a in reversed(found) if a.end <= token.idx), None)
            if owner:  # ", noting that ...": the same speaker goes on
                start = _content_start(doc, i, sent.end)
                if start < sent_end:
                    found.append(Attribution(token.idx, lemma, "indirect", start, sent_end, owner.speaker_tokens,
                                             _polarity(text_of(doc)[start:sent_end], lemma), inherit="previous",
                                             sentence=(sent.start_char, sent_end)))
                    used.add(i)
            continue
        attributions = _reported(doc, sent, i, lemma, sent_end)
        if attributions:
            used.add(i)
            found.extend(attributions)
    return found


def _reported(doc: Doc, sent: Span, i: int, lemma: str, sent_end: int) -> list[Attribution]:
    token = doc[i]
    span = (sent.start_char, sent_end)
    if lemma == "according to":
        speaker = _object_range(doc, i + 2, sent.end)
        if not speaker:
            return []
        if _TRAILING_SAYER.search(sent.text):
            return []  # "According to intercepted radio traffic, two men were killed, he said": his claim, his source
        if i == sent.start or doc[i - 1].is_punct and doc[i - 1].i == sent.start:
            comma = next((k for k in range(speaker[1], sent.end) if doc[k].text == ","), None)
            start = _skip_space(text_of(doc), doc[comma].idx + 1) if comma is not None else sent_end
            return [Attribution(token.idx, lemma, "indirect", start, sent_end, speaker,
                                _polarity(text_of(doc)[start:sent_end], lemma), sentence=span)]
        end = doc[i - 1].idx if doc[i - 1].text == "," else token.idx
        start = _body_start(doc, sent)
        return [Attribution(token.idx, lemma, "indirect", start, end, speaker,
                            _polarity(text_of(doc)[start:end], lemma), sentence=span)]
    if _is_passive(doc, i):  # "The attack was described by Azeri officials as “fake news”"
        speaker = _object_range(doc, _agent_at(doc, i) + 1, sent.end)
        return [Attribution(token.idx, lemma, "indirect", _body_start(doc, sent), sent_end, speaker,
                            _polarity(sent.text, lemma, dismissal_cue=True), sentence=span)]
    if token.lower_ == "saying" and i >= 2:  # "cited X as saying that ..."
        as_at = i - 1 if doc[i - 1].lower_ == "as" else None
        cite = next((k for k in range(i - 2, max(sent.start, i - 10) - 1, -1)
                     if doc[k].lower_ in ("cited", "quoted", "quotes", "cites")), None)
        if as_at and cite is not None:
            start = _content_start(doc, i, sent.end)
            return [Attribution(token.idx, "say", "indirect", start, sent_end, (cite + 1, as_at),
                                _polarity(text_of(doc)[start:sent_end], "say"), sentence=span)]
    speaker = _subject_range(doc, i, sent.start)
    if speaker is None or not _plausible_speaker(doc, speaker):  # no speaker before the cue: one after it?
        inverted = _inverted(doc, sent, i, lemma, span)
        if inverted:
            return [inverted]
    if token.lower_ in lx.AMBIGUOUS_CUES and (speaker is None or speaker[1] != i):
        return []
    if speaker is None or not _plausible_speaker(doc, speaker):
        return []
    after = [t for t in doc[i + 1: sent.end] if not t.is_space]
    addressee_only = lemma in ("tell", "inform") and not _that_before_comma(doc, i, sent.end)
    adjunct_only = not after or after[0].lower_ in _ADJUNCT_STARTS or after[0].text in (".", ",", ";", ":") \
        or addressee_only
    comma = _subject_comma(doc, speaker, sent.start)
    body = _body_start(doc, sent)
    if adjunct_only and comma is not None and (not addressee_only or _states_something(doc, body, doc[comma].idx)):
        # "..., X said on Monday" / "..., a source told CPA on condition of anonymity": the content came first
        end = doc[comma].idx
        found = [Attribution(token.idx, lemma, "indirect", body, end, speaker,
                             _polarity(text_of(doc)[body:end], lemma), sentence=span)]
        if len(after) > 2 and after[0].text == "," and after[1].lower_ == "and":
            # "..., he said, and no more than three civilians died there": the cue sits inside the claim
            start = _skip_space(text_of(doc), after[1].idx + len(after[1]))
            found.append(Attribution(token.idx, lemma, "indirect", start, sent_end, speaker,
                                     _polarity(text_of(doc)[start:sent_end], lemma), sentence=span))
        return found
    start = _content_start(doc, i, sent.end)
    if not _WORD.search(text_of(doc), start, sent_end):
        return []  # "The administration has not commented.": a cue with nothing said
    relative = _relative_pronoun(doc, speaker[0], sent.start)
    if relative is not None:
        # "a massacre that the Council described as a war crime": a remark inside the writer's own sentence,
        # which stays the writer's claim; "the battery that Estrenza says it was aiming at" is no claim at all
        if len(text_of(doc)[start:sent_end].split()) < RELATIVE_CLAUSE_WORDS:
            return []
        span = (doc[relative].idx, sent_end)
    return [Attribution(token.idx, lemma, "indirect", start, sent_end, speaker,
                        _polarity(text_of(doc)[start:sent_end], lemma), sentence=span)]


def _inverted(doc: Doc, sent: Span, i: int, lemma: str, span: tuple[int, int]) -> Attribution | None:
    """"A convoy was turned back at the checkpoint, said Mira Tallo, who heads ...": the cue after a
    comma with its speaker behind it; the statement before the comma is the claim."""
    if i - 1 <= sent.start or doc[i - 1].text != "," or doc[i].lower_ not in _INVERTED_CUES \
            or i + 1 >= sent.end or doc[i + 1].lower_ in ("to", "by", "that"):
        return None
    speaker = _object_range(doc, i + 1, sent.end)
    if speaker is None or speaker[1] - speaker[0] > 6 or not _plausible_speaker(doc, speaker):
        return None
    if speaker[1] < sent.end and doc[speaker[1]].lower_ not in _AFTER_INVERTED_SPEAKER:
        return None  # "X, Chief of Naval Staff, told RTB that ...": the speaker came first
    words = [t for t in doc[speaker[0]:speaker[1]] if not t.is_space]
    if not (words[-1].text[:1].isupper() or words[-1].lower_ in lx.ROLE_NOUNS):
        return None  # "..., said to be the largest", "..., said last week": no speaker follows
    body, end = _body_start(doc, sent), doc[i - 1].idx
    if not _states_something(doc, body, end) or any(_quote_mark(t) for t in doc[sent.start:i]):
        return None
    return Attribution(doc[i].idx, lemma, "indirect", body, end, speaker,
                       _polarity(text_of(doc)[body:end], lemma), sentence=span)


def _relative_pronoun(doc: Doc, speaker_start: int, floor: int) -> int | None:
    """The "that"/"which" opening a relative clause just before a speaker ("a massacre that the Council
    (PTC) described as ..."), not the "that" after a verb of speech ("said that the army ...")."""
    for k in range(speaker_start - 1, max(floor, speaker_start - RELATIVE_REACH) - 1, -1):
        word = doc[k]
        if word.lower_ in ("that", "which"):
            before = doc[k - 1] if k > floor else None
            return k if before is not None and not before.is_punct and before.lower_ not in lx.CUE_LEMMAS else None
        if word.text in (",", ";", ":") or _quote_mark(word):
            return None
    return None


def _that_before_comma(doc: Doc, cue: int, stop: int) -> bool:
    """"told reporters that ..." / "told the radio: ...": the content follows the addressee."""
    for k in range(cue + 1, min(stop, cue + 10)):
        if doc[k].lower_ in ("that", ":") or doc[k].is_quote:
            return True
        if doc[k].text in (",", ";", "."):
            return False
    return False


def _subject_comma(doc: Doc, speaker: tuple[int, int], floor: int) -> int | None:
    """The comma that opens a trailing subject, its appositions included: "..., the mayor of Eskelby,
    Tormod Ruud, said" opens before "the mayor"."""
    start = speaker[0]
    while start > floor and doc[start - 1].text == ",":
        chunk_start = start - 1
        while chunk_start > floor and doc[chunk_start - 1].text not in (",", ";", ":") \
                and "\n" not in doc[chunk_start - 1].text:
            chunk_start -= 1
        words = [t.lower_ for t in doc[chunk_start:start - 1]]
        if chunk_start <= floor or not any(w in lx.ROLE_NOUNS or w in lx.TITLES for w in words) \
                or not _is_apposition(doc, chunk_start, start - 1):
            return start - 1
        start = chunk_start
    return None


def _states_something(doc: Doc, start: int, end: int) -> bool:
    """Whether the words before a trailing subject are a statement, not an opening adjunct ("In a statement,")."""
    chunks = [c.strip() for c in text_of(doc)[start:end].split(",")]
    while chunks and chunks[0].split()[:1] and chunks[0].split()[0].lower() in _ADJUNCT_STARTS:
        chunks.pop(0)
    return len(" ".join(chunks).split()) >= 3


def _plausible_speaker(doc: Doc, speaker: tuple[int, int]) -> bool:
    words = [t for t in doc[speaker[0]: speaker[1]] if not t.is_punct and not t.is_space]
    if not words or len(words) > 12:
        return False
    last = words[-1]
    named = any(t.text[:1].isupper() for t in words[1:]) or (words[0].text[:1].isupper() and len(words) == 1)
    if words[0].lower_ in _SPEAKER_DETERMINERS and len(words) <= 8:
        return True  # "The administrator", "Two people familiar with the talks", "Its statement"
    return (named or last.lower_ in lx.ROLE_NOUNS or last.lower_ in lx.PERSON_PRONOUNS
            or last.lower_ in lx.THING_PRONOUNS or last.lower_ in lx.RELATIVE_PRONOUNS
            or last.lower_ in lx.GROUP_NOUNS or last.lower_ in lx.SPEECH_NOUNS or last.lower_ == "we")


def _content_start(doc: Doc, i: int, limit: int) -> int:
    """Skip the cue's particles, its addressee ("told the Weekly that") and "that"."""
    k = i + 1
    while k < limit and (doc[k].lower_ in _PARTICLES_AFTER_CUE or doc[k].is_space):
        k += 1
    if doc[i].lower_ in ("told", "tells", "telling", "informed", "assured", "warned", "urged"):
        that = _that_after(doc, i, limit)
        if that > i:
            k = that + 1
    while k < limit and (doc[k].lower_ in _THAT or doc[k].is_space):
        k += 1
    that = next((j for j in range(k, min(limit, k + 9)) if doc[j].lower_ == "that"), None)
    if that is not None and doc[k].lower_ in _ADJUNCT_STARTS | lx.ADVERBS and not any(
            doc[j].is_punct or doc[j].lower_ in lx.CUE_LEMMAS for j in range(k, that)):
        k = that + 1  # "said in a statement on Monday that ...": where and when belong to the saying
    return doc[k].idx if k < limit else doc[limit - 1].idx + len(doc[limit - 1])


def _body_start(doc: Doc, sent: Span) -> int:
    """Where a sentence's own words begin: after a dateline such as "MANILA —" or "KORVEL, March 4 (Agency) —",
    or a speaker's label: the turn is the speaker's claim, found by the transcript reader."""
    found = DATELINE_PREFIX.match(text_of(doc), sent.start_char, sent.end_char) or \
        TURN_LABEL.match(text_of(doc), sent.start_char, sent.end_char)
    return found.end() if found else sent.start_char


def _skip_space(text: str, at: int) -> int:
    while at < len(text) and text[at].isspace():
        at += 1
    return at


def _nominal_claims(sent: Span, used_spans: list[tuple[int, int]]) -> list[Attribution]:
    """"a comment from X that ...": a speech noun, its speaker after from/by, its content after "that"."""
    doc = sent.doc
    found = []
    for token in sent:
        if token.lower_ not in lx.SPEECH_NOUNS or token.i + 2 >= sent.end:
            continue
        if doc[token.i + 1].lower_ not in ("from", "by") or any(a <= token.idx < b for a, b in used_spans):
            continue
        speaker = _object_range(doc, token.i + 2, sent.end)
        if not speaker or speaker[1] >= sent.end or doc[speaker[1]].lower_ != "that":
            continue
        start, end = doc[speaker[1] + 1].idx, _sentence_end_char(doc, sent)
        found.append(Attribution(token.idx, token.lemma_.lower() or token.lower_, "indirect", start, end, speaker,
                                 _polarity(text_of(doc)[start:end], None), sentence=(sent.start_char, end)))
    return found


def polarity_of(text: str) -> str:
    """"affirm" or "deny" for a claim given as free text (the checked claim of a dossier)."""
    return _polarity(text, None)


def _polarity(content: str, cue: str | None, dismissal_cue: bool = False) -> str:
    if cue in lx.DENIAL_CUES:
        return "deny"
    lowered = content.lower()
    if (dismissal_cue or cue in ("describe", "call")) and any(
            re.search(rf"\b{re.escape(w)}\b", lowered) for w in lx.DISMISSALS):
        return "deny"
    if _DISMISSED.search(content):
        return "deny"
    chunks = re.split(r"[,;:]", content)
    if len(chunks) > 1 and (_TOPIC_OPENING.match(chunks[0]) or _PREFACE.match(content)):
        chunks = chunks[1:]  # "As for the Dikwa market, the fighters did not fire"; "We say clearly: the HSF did not"
    head = " ".join(chunks[0].split()[:10])
    return "deny" if _NEGATED.search(head) else "affirm"


def _continue_quotes(found: list[Attribution], quotes: list[Quote], doc: Doc) -> None:
    """A long quote with no attribution of its own continues the quote before it in the paragraph,
    or, when its paragraph is nothing but the quote, the speaker of the paragraph before."""
    text = text_of(doc)
    attributed = {(a.start, a.end) for a in found}
    covered = [(a.start, a.end) for a in found]
    for quote in quotes:
        if (quote.inner_start, quote.inner_end) in attributed or any(
                s <= quote.inner_start and quote.inner_end <= e for s, e in covered):
            continue
        para_start = text.rfind("\n\n", 0, quote.start) + 2 if "\n\n" in text[:quote.start] else 0
        previous = [a for a in found if a.end <= quote.start and a.cue_at >= para_start - 1 and a.kind != "assertion"]
        lead = text[para_start: quote.start].strip()
        if not previous and not lead:
            prev_para = text.rfind("\n\n", 0, max(para_start - 2, 0))
            previous = [a for a in found if a.end <= quote.start and a.start >= prev_para and a.kind != "assertion"]
        elif lead and not previous:
            continue
        if previous:
            owner = previous[-1]
            found.append(Attribution(quote.start, owner.cue, "direct", quote.inner_start, quote.inner_end,
                                     owner.speaker_tokens, _polarity(text[quote.inner_start:quote.inner_end], None),
                                     inherit="previous", sentence=(quote.start, quote.end)))
            covered.append((quote.inner_start, quote.inner_end))
