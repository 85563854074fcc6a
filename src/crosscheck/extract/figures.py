"""Numbers the text reports: digits and words, scales, hedges, money and percentages, and what they count.

"nearly 40 Karabakh civilians dead" -> 40, about, killed, "Karabakh civilians".
Years, dates, times, model numbers ("LAR-160") and compound modifiers ("44-day") are not figures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

_UNITS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
          "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
          "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
          "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "a": 1}
_SCALES = {"dozen": 12, "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
           "bn": 1_000_000_000,
           "trillion": 1_000_000_000_000, "m": 1_000_000}
HEDGES = {
    "nearly": "about", "almost": "about", "about": "about", "around": "about", "approximately": "about",
    "roughly": "about", "some": "about", "an estimated": "about", "estimated": "about", "close to": "about",
    "up to": "at_most", "at most": "at_most", "fewer than": "at_most", "less than": "at_most", "under": "at_most",
    "no more than": "at_most", "as many as": "at_most",
    "more than": "at_least", "over": "at_least", "at least": "at_least", "no fewer than": "at_least",
    "no less than": "at_least", "upwards of": "at_least", "in excess of": "at_least", "dozens of": "at_least",
    "hundreds of": "at_least", "thousands of": "at_least",
}
CATEGORIES = (  # first match wins: the words nearest the number decide
    ("killed", r"killed|kill|dead|died|die|deaths?|(?:death )?toll|martyr(?:ed|s)?|fatalit\w+|lives|bodies|slain|"
               r"perished|beheaded|executed|eliminated|neutrali[sz]ed|shahada|martyrdom|murdered|massacred|"
               r"assassinated"),
    ("injured", r"injur\w*|wounded|wounding|hurt|(?:being |were |was )?treated for|burns"),
    ("missing", r"missing|disappeared|unaccounted"),
    # "1,500 residents left Tin Akoura", but "left 12 dead" and "a third left a crater" displace no one
    ("displaced", r"displaced|fled|flee\w*|relocated|refugees?|refuge|evacuated|evacuees|homeless|uprooted|idps?|"
                  r"ipds?|sheltering|got out|leaving|(?:from|out of) (?:their|his|her) homes?|"
                  r"(?:have|has|had) left|left (?:their|his|her|homes?|the (?:city|town|area|village|valley|region|"
                  r"country|district|camp)|(?-i:[A-Z])\w*)"),
    # a swap counts prisoners too: "61 defenders freed", "38 soldiers came home", "64 were handed over"
    ("captured", r"captured|prisoners?|pows?|detained|hostages?|abducted|taken captive|freed|released|exchanged|"
                 r"swapped|handed over|detainees?|(?:returned|came|come|brought) (?:back )?home|seized|kidnapped|"
                 r"arrested|"
                 r"surrendered|laid down (?:their )?arms|in custody|in (?:[\w-]+ )?captivity|escorted to port|"
                 r"taken (?:prisoner|hostage|into custody|in tow|away|from|to)|"
                 r"held (?:at|in|by|captive|hostage|prisoner|incommunicado)|"
                 r"(?:in|inside) (?:a |an |the )?(?:[\w-]+ ){0,2}?(?:lock-?ups?|jails?|prisons?|cells)"),
)
_CATEGORY = [(name, re.compile(rf"\b(?:{pattern})\b", re.I)) for name, pattern in CATEGORIES]
_WORD_NUMBER = "|".join(sorted((w for w in _UNITS if w not in ("a", "zero")), key=len, reverse=True))
_SCALE = "|".join(w for w in _SCALES if w != "m")  # "m" only glued to a currency amount: "£800m"
_HEDGE = "|".join(sorted((re.escape(h) for h in HEDGES), key=len, reverse=True))
FIGURE = re.compile(
    rf"(?:(?P<hedge>{_HEDGE})\s+)?(?P<currency>[$€£])?"
    rf"(?P<number>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|(?:(?:{_WORD_NUMBER})\b[\s-]?)+|a(?=\s+(?:{_SCALE})))"
    rf"(?:(?<=\d)m\b(?P<money_m>)|\s*(?P<scale>{_SCALE})\b)?(?:\s*(?P<unit>%|percent\b|per cent\b))?",
    re.I,
)
_VERB_CATEGORY = {"kill": "killed", "wound": "injured", "injur": "injured", "captur": "captured",
                  "displac": "displaced", "evacuat": "displaced", "detain": "captured", "seiz": "captured",
                  "arrest": "captured", "kidnap": "captured", "abduct": "captured", "neutralis": "killed",
                  "neutraliz": "killed", "eliminat": "killed", "execut": "killed", "murder": "killed",
                  "massacr": "killed", "holding": "captured", "buri": "killed",
                  "bury": "killed"}
_VERB_BEFORE = re.compile(rf"\b(?P<stem>{'|'.join(_VERB_CATEGORY)})\w*\s+$", re.I)
_PERSON_NOUN = re.compile(r"\s*(?:\w+\s+)?(?:civilian|soldier|serviceman|person|child|man|woman|boy|girl|resident|"
                          r"officer|fighter|journalist|worker|doctor|policeman|member)\b", re.I)
_NOT_COUNT_BEFORE = re.compile(r"(?:\bNo\.?|\bNumber|\bnumber|#)\s*$")
_DURATIONS = frozenset({"year", "years", "day", "days", "month", "months", "week", "weeks", "hour", "hours", "minutes"})
_AGE = re.compile(r"[A-Z][\w’'-]+,\s*$")
_AGED = re.compile(r"\b(?:aged?|ages)\s+(?:(?:between|from)\s+)?(?:\d{1,3}\s*(?:and|to|or|-|–|,)\s*)?$", re.I)
_AFTER_MONTH = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
                          r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+$")
_NOUN_OF_BEFORE = [(name, re.compile(rf"\b(?:{pattern})\w*\s+of\s+(?:the\s+)?$", re.I)) for name, pattern in CATEGORIES]
# "11 tankers were burned": a count with a verb of its own, which names no category
_OWN_PREDICATE = re.compile(r"\s*(?:[\w'’-]+\s+){0,3}(?:were|was|are|is|have been|has been|had been)\s+(?:\w+ly\s+)?"
                            r"\w+(?:ed|en)\b", re.I)
_OBJECT_OF = re.compile(r"\b(?!(?:includ|account|number|bring|total|morn|even|build|meet|wedd|dur)ing\b)"
                        r"[a-z]{3,}(?:ed|ing)\s+$")  # (not "As of this morning 48,000 people")
# "a market town of some 30,000 people", "home to 4,000": how many live there, not what happened to them
_POPULATION = re.compile(r"\b(?:(?:town|city|village|district|province|region|island|camp|settlement)s?\s+of|home to|"
                         r"population of|populations? (?:of )?)\s+(?:\w+\s+)?$", re.I)
OBJECT_WORDS = 3  # "reviewed eleven videos and ...": the words an object's count names
_PART_OF = re.compile(r"\s*(?:of|among) (?:them|whom|those|these|our|their)\b\s*", re.I)
_PART_BEFORE = re.compile(r"\b(?:among|including|of) (?:them|whom)[\s,]*$|\bincluding\s+$", re.I)
PART_REACH = 300  # characters between a count and its part: the sentence before at most
_COORDINATED = re.compile(r"\s+(?:[\w'’-]+\s+){0,3}and\s+")  # "31 police officers and 58 civilians"
_SUBJECT_STOP = re.compile(r"^(?:were|was|have|has|had|are|is|be|been|of|in|on|at|from|to|and|or|by|who|that|"
                           r"which|the|as|since|during|with|for|after|before|it|they|their|his|her|its|our|"
                           r"lost|died|fled|fell|came|went|left|remain|remained|remains)$", re.I)  # "people lost"


@dataclass
class FoundFigure:
    start: int
    end: int
    text: str
    value: float
    qualifier: str
    category: str
    subject: str | None
    unit: str | None  # percent, or a currency sign; None for counts


def find_figures(text: str, sentences: list[tuple[int, int]], excluded: list[tuple[int, int]]) -> list[FoundFigure]:
    """Every figure in ``text``; ``excluded`` spans (dates) never hold one."""
    found = []
    for s, e in sentences:
        sentence = text[s:e]
        in_sentence = []
        for m in FIGURE.finditer(sentence):
            figure = _figure(m, sentence, s)
            if figure and not any(a < figure.end and figure.start < b for a, b in excluded):
                in_sentence.append(figure)
        _share_categories(text, in_sentence)
        found += in_sentence
    _parts_of(text, found)
    return found


def _share_categories(text: str, figures: list[FoundFigure]) -> None:
    """Counts in one sentence that share their words: "at least 27 deaths: at least 19 in Vaskarland and
    at least 8 in Estrenza", "31 police officers and 58 civilians have been killed"."""
    for previous, figure in pairwise(figures):  # a count naming nothing counts what the one before did
        if figure.category == "other" and figure.subject is None and not figure.unit:
            figure.category = previous.category
    for figure, following in reversed(list(pairwise(figures))):  # "31 officers and 58 civilians"
        if figure.category == "other" and _COORDINATED.fullmatch(text[figure.end:following.start]):
            figure.category = following.category


def _parts_of(text: str, figures: list[FoundFigure]) -> None:
    """A part of a count counts what the whole did: "nine people were killed, seven of them patients",
    "killing at least 19 people, among them at least six children"."""
    for previous, figure in pairwise(figures):
        between = text[previous.end:figure.start]
        part = _PART_BEFORE.search(between) or _PART_OF.match(text, figure.end)
        if part and "\n" not in between and len(between) <= PART_REACH and previous.category != "other":
            figure.category = previous.category


def _figure(m: re.Match, sentence: str, offset: int) -> FoundFigure | None:
    raw = m["number"].strip(" -")
    before, after = sentence[: m.start()], sentence[m.end():]
    if not raw or not _stands_alone(raw, sentence, m):
        return None
    value = _value(raw)
    if value is None:
        return None
    if m["scale"]:
        value *= _SCALES[m["scale"].lower()]
    elif m["money_m"] is not None:
        if not m["currency"]:
            return None  # "10m" alone may be metres
        value *= 1_000_000  # "£800m"
    if re.fullmatch(r"(?:1[89]|20)\d\d", raw) and not m["scale"] and not m["unit"] and not m["currency"]:
        return None  # a year
    if raw.lower() == "one" and not m["scale"] and not _PERSON_NOUN.match(after):
        return None  # "one of those", "one rocket"; but "killing one civilian" is a figure
    if _AGE.search(before) and after.startswith(",") or _AGED.search(before):
        return None  # "Gregory Vance, 58, said", "two schoolgirls aged 15 and 16": ages
    hedge = (m["hedge"] or "").lower()
    qualifier = HEDGES.get(hedge, "exact")
    unit = "percent" if m["unit"] else (m["currency"] or None)
    start = offset + m.start()
    end = offset + m.end()
    while end > start and sentence[end - offset - 1].isspace():
        end -= 1
    subject = None if m["currency"] else _subject(after)  # money counts no one
    category = "other" if subject and subject.split()[0].lower() in _DURATIONS else _category(before, after)
    if category == "other" and not raw[0].isdigit() and value < 10 and not unit and not m["scale"]:
        return None  # "two days earlier", "Two people familiar with ...": small words that count nothing reported
    return FoundFigure(start, end, sentence[start - offset: end - offset], value, qualifier, category, subject, unit)


def _stands_alone(raw: str, sentence: str, m: re.Match) -> bool:
    """Not part of a code, time, ordinal or compound modifier: LAR-160, M095, 10:30, 44-day, 2nd."""
    if _AFTER_MONTH.search(sentence[: m.start("number")]) or _NOT_COUNT_BEFORE.search(sentence[: m.start("number")]):
        return False  # "March 4" with no year is still a date; "No 10" is a name
    if m.group("number").rstrip().endswith("-") and sentence[m.end("number"): m.end("number") + 1].isalpha():
        return False  # "seven-year-old"
    if re.fullmatch(r"\d{1,2}\.\d\d", raw) and not m["unit"] and not m["scale"]:
        return False  # "18.42 GMT", "08.10": times and dates, rarely a count
    if re.fullmatch(r"\d{1,2}(?:\.\d{1,2})+", raw) and not m["scale"] and not sentence[: m.start("number")].strip() \
            and re.match(r"\s+[A-Z]", sentence[m.end("number"):]):
        return False  # "6.1 On 12 November the mission ...": a report's numbered paragraph
    left = sentence[m.start("number") - 1: m.start("number")]
    right = sentence[m.end("number"): m.end("number") + 2]
    if left and (left.isalnum() or left in "-/:."):
        return False
    glued_letter = (right[:1].isalpha() and not m["scale"] and not m["unit"] and m["money_m"] is None
                    and raw[-1:].isdigit())
    return not (right[:1] == "-" and right[1:2].isalpha() or right[:1] in (":", "/") or glued_letter)


def _value(raw: str) -> float | None:
    if raw[0].isdigit():
        return float(raw.replace(",", ""))
    total, current = 0, 0
    for word in re.split(r"[\s-]+", raw.lower()):
        if word in _UNITS:
            current += _UNITS[word]
        elif word in _SCALES:
            current = max(current, 1) * _SCALES[word]
            if _SCALES[word] >= 1000:
                total, current = total + current, 0
    value = total + current
    return float(value) if value else None


def _category(before: str, after: str) -> str:
    """The category words right after the number (in its clause), else right before it."""
    clause = re.split(r"[;.]|,(?!\d)|\b(?:and|but|while)\b\s+(?=\S*\d)", after, maxsplit=1)[0][:90]
    sentence_rest = re.split(r"[;.]|\d", after, maxsplit=1)[0][:120]  # "Twelve civilians, among them ..., were killed"
    behind = re.split(r"[;:]|\d", before)[-1][-80:]
    if _POPULATION.search(behind):
        return "other"
    verb = _VERB_BEFORE.search(behind)
    if verb:  # "killed 5", "killing at least 37", "wounding over 70"
        return _VERB_CATEGORY[verb["stem"].lower()]
    noun = next((name for name, pattern in _NOUN_OF_BEFORE if pattern.search(behind)), None)
    if noun:  # "took the lives of 23 guests, nine of them children, and wounded dozens"
        return noun
    # "interviewed six witnesses, reviewed eleven videos and named the dead": an object counts what it names
    object_of = _OBJECT_OF.search(before)
    if object_of:
        ahead = " ".join(clause.split()[:OBJECT_WORDS])
    else:
        ahead = clause if any(p.search(clause) for _, p in _CATEGORY) else sentence_rest
    hits = [(m.start(), name) for name, pattern in _CATEGORY for m in pattern.finditer(ahead)]
    if hits:
        return min(hits)[1]
    if (object_of and ahead.strip()) or _OWN_PREDICATE.match(clause):
        return "other"  # "gathered 4,200 signatures", "11 tankers were burned": the words before count something else
    hits = [(m.start(), name) for name, pattern in _CATEGORY for m in pattern.finditer(behind)]
    return max(hits)[1] if hits else "other"


def _subject(after: str) -> str | None:
    """Who or what is counted: the words right after the number ("12 prisoners"); of a part ("five of them
    children", "two of our customs officers") the part, or "of them" when it is not named."""
    part = _PART_OF.match(after)
    if part:
        return _subject(after[part.end():]) or part.group().strip()
    words = []
    for word in re.findall(r"[A-Za-z][\w’'-]*|\S", after[:60]):
        counted = not words and word.endswith("s") and not word.endswith("ss")  # "12 prisoners", "9 refugees"
        if not word[0].isalpha() or _SUBJECT_STOP.match(word) or (
                not counted and any(p.fullmatch(word) for _, p in _CATEGORY)):
            break
        if words and word.endswith(("ed", "ing")) and not word[0].isupper():
            break
        words.append(word)
        if len(words) == 3:
            break
    return " ".join(words) or None
