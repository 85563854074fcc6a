"""Time expressions in text, absolute and relative, resolved to calendar dates.

Relative forms ("on Monday", "Tuesday morning", "last week", "earlier this month") resolve against
the document's anchor: its published date, else its dateline's date. A date written without a
year ("On October 28") takes the anchor's year, or the latest year the article itself names.
Regexes, not dateparser: these forms are few and exact, and this runs on every sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from crosscheck.dates import DATE_PATTERNS, MONTHS, WEEKDAYS, date_of, find_date

_MONTH = "(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_WEEKDAY = "(?P<weekday>" + "|".join(WEEKDAYS) + ")"
_PART = r"(?:\s+(?:morning|afternoon|evening|night))?"

# A date written with no year: "October 27", "Nov. 8", "8 October". Never followed by a year
# (that is a full date) nor by a number of other kind ("October 27, 2020" is caught first).
MONTH_DAY = [
    re.compile(rf"\b{_MONTH}\s+{_DAY}\b(?!,?\s+\d)(?![\d:])", re.I),
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}\b(?!,?\s+\d)", re.I),
]
MONTH_YEAR = re.compile(rf"\b{_MONTH}\s+(?P<year>(?:1[89]|20)\d\d)\b", re.I)
WEEKDAY = re.compile(rf"\b(?:(?P<last>last|this|next|on|early|late)\s+)?{_WEEKDAY}{_PART}"
                     r"(?:\s+(?:of\s+)?(?P<week>last|this|next) week)?\b", re.I)  # "Thursday of last week"
RELATIVE = re.compile(
    r"\b(?P<phrase>yesterday|today|tonight|this morning|this afternoon|this evening|last night|"
    r"(?:earlier |later )?(?:this|last) (?:week|month)|(?P<n>\d+|two|three|four|five|six|seven) days ago)\b",
    re.I,
)
# Phrases that refer back to the day last mentioned ("in the morning" after "on Tuesday").
ANAPHORIC = re.compile(
    r"\b(?:in the (?:morning|afternoon|evening)|that (?:day|night|morning|evening)|the same day|"
    r"later that day|the next day|the following day|overnight)\b",
    re.I,
)
_SMALL = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
YEAR_MENTION = re.compile(r"\b(?:in|since|of|until|by)\s+(?P<year>(?:19|20)\d\d)\b")


@dataclass(frozen=True)
class TimeExpression:
    start: int
    end: int
    text: str
    value: str  # YYYY-MM-DD: the day, or the first day of the week or month it names
    granularity: str  # day, week or month


@dataclass(frozen=True)
class Anchor:
    """What relative dates resolve against."""

    day: date | None  # the publication (or dateline) date
    year: int | None  # the year a month-and-day date falls in when the day is unknown


def find_anchor(text: str, published: str | None, dateline: str | None) -> Anchor:
    for value in (published, dateline):
        found = find_date(value or "")
        if found:
            day = date.fromisoformat(found[0])
            return Anchor(day, day.year)
    years = [int(m["year"]) for pattern in (*DATE_PATTERNS, MONTH_YEAR) for m in pattern.finditer(text)
             if m["year"] and len(m["year"]) == 4]
    years += [int(m["year"]) for m in YEAR_MENTION.finditer(text)]
    return Anchor(None, max(years) if years else None)


def find_time_expressions(text: str, anchor: Anchor) -> list[TimeExpression]:
    """Every resolvable time expression in ``text``, in order, without overlaps."""
    found: list[TimeExpression] = []
    taken: list[tuple[int, int]] = []

    def add(match: re.Match, value: date | None, granularity: str = "day") -> None:
        start, end = match.span()
        if value is None or any(s < end and start < e for s, e in taken):
            return
        named = match.groupdict().get("month") or match.groupdict().get("weekday") or "0"
        if named[0].islower():
            return  # "may" the verb, "march" the noun
        taken.append((start, end))
        found.append(TimeExpression(start, end, match.group(0), value.isoformat(), granularity))

    for pattern in DATE_PATTERNS:
        for m in pattern.finditer(text):
            add(m, date_of(m))
    for pattern in MONTH_DAY:
        for m in pattern.finditer(text):
            add(m, _month_day(m, anchor))
    for m in MONTH_YEAR.finditer(text):
        add(m, _safe_date(int(m["year"]), MONTHS[m["month"].lower().rstrip(".")], 1), "month")
    if anchor.day:
        for m in WEEKDAY.finditer(text):
            add(m, _weekday(m, anchor.day))
        for m in RELATIVE.finditer(text):
            value, granularity = _relative(m, anchor.day)
            add(m, value, granularity)
    found.sort(key=lambda t: t.start)
    return found


def find_anaphoric(text: str) -> re.Match | None:
    return ANAPHORIC.search(text)


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _month_day(m: re.Match, anchor: Anchor) -> date | None:
    if anchor.year is None:
        return None
    month, day = MONTHS[m["month"].lower().rstrip(".")], int(m["day"])
    value = _safe_date(anchor.year, month, day)
    if value and anchor.day and value > anchor.day + timedelta(days=31):
        value = _safe_date(anchor.year - 1, month, day)  # "December 30" in a January article
    return value


def _weekday(m: re.Match, anchor: date) -> date:
    """The weekday named: the last one on or before the anchor ("next" looks forward)."""
    target = WEEKDAYS[m["weekday"].lower()]
    if m["week"]:
        weeks = {"last": -1, "this": 0, "next": 1}[m["week"].lower()]
        return anchor + timedelta(days=target - anchor.weekday() + 7 * weeks)
    back = (anchor.weekday() - target) % 7
    if (m["last"] or "").lower() == "next":
        return anchor + timedelta(days=(target - anchor.weekday()) % 7 or 7)
    if (m["last"] or "").lower() == "last" and back == 0:
        back = 7
    return anchor - timedelta(days=back)


def _relative(m: re.Match, anchor: date) -> tuple[date, str]:
    phrase = m["phrase"].lower()
    if phrase.startswith(("yesterday", "last night")):
        return anchor - timedelta(days=1), "day"
    if m["n"]:
        n = _SMALL.get(m["n"].lower()) or int(m["n"])
        return anchor - timedelta(days=n), "day"
    if phrase.endswith("week"):
        monday = anchor - timedelta(days=anchor.weekday())
        return (monday - timedelta(days=7) if "last" in phrase else monday), "week"
    if phrase.endswith("month"):
        first = anchor.replace(day=1)
        return ((first - timedelta(days=1)).replace(day=1) if "last" in phrase else first), "month"
    return anchor, "day"
