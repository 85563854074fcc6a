"""Absolute dates written in text ("8 October, 2020", "November 8, 2020", "2020-10-08").

Regexes for the forms newsrooms write, because they are exact and fast; dateparser for the free
forms that metadata fields carry ("Tue, 27 Oct 2020 10:00:00 GMT").
"""

from __future__ import annotations

import re
from datetime import date

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
# Month names of the other languages pages come in, written only as "9 de Setembro de 2026", "9. Juni 2026",
# "9 septembre 2026": day, month and year together, never alone (where "Mars" or "Mai" are other words).
FOREIGN_MONTHS = {
    "enero": 1, "janeiro": 1, "janvier": 1, "januar": 1, "gennaio": 1,
    "febrero": 2, "fevereiro": 2, "février": 2, "fevrier": 2, "februar": 2, "febbraio": 2,
    "marzo": 3, "março": 3, "marco": 3, "mars": 3, "märz": 3, "marz": 3,
    "abril": 4, "avril": 4, "aprile": 4,
    "mayo": 5, "maio": 5, "mai": 5, "maggio": 5,
    "junio": 6, "junho": 6, "juin": 6, "juni": 6, "giugno": 6,
    "julio": 7, "julho": 7, "juillet": 7, "juli": 7, "luglio": 7,
    "agosto": 8, "août": 8, "aout": 8,
    "septiembre": 9, "setiembre": 9, "setembro": 9, "septembre": 9, "settembre": 9,
    "octubre": 10, "outubro": 10, "octobre": 10, "oktober": 10, "ottobre": 10,
    "noviembre": 11, "novembro": 11, "novembre": 11,
    "diciembre": 12, "dezembro": 12, "décembre": 12, "decembre": 12, "dezember": 12, "dicembre": 12,
}
_MONTH = "(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_FOREIGN_MONTH = "(?P<month>" + "|".join(sorted(FOREIGN_MONTHS, key=len, reverse=True)) + ")"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)"
DATE_PATTERNS = [
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b", re.I),
    re.compile(rf"\b{_DAY}\.?\s+(?:de\s+)?{_FOREIGN_MONTH}\s+(?:de\s+)?{_YEAR}\b", re.I),
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.I),
    re.compile(rf"\b{_DAY}(?P<sep>[-/]){_MONTH}(?P=sep){_YEAR}\b", re.I),  # 14-Jan-2027, 14/Jan/2027
    re.compile(r"\b(?P<year>(?:19|20)\d\d)(?P<sep>[-/.])(?P<month>\d\d)(?P=sep)(?P<day>\d\d)(?!\d)"),  # year first
    re.compile(r"\b(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>(?:19|20)\d\d)\b"),  # 08.10.2020, day first
    re.compile(r"\b(?P<day>\d{1,2})-(?P<month>\d{1,2})-(?P<year>(?:19|20)\d\d)\b"),  # 09-06-2026, day first too
    # "Fri 30.10.26": a two-digit year only after a weekday, where it cannot be anything but a date
    re.compile(r"\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+(?P<day>\d{1,2})\.(?P<month>\d{1,2})\."
               r"(?P<year>\d\d)\b(?!\.\d)", re.I),
    # 15/09/2023 only when the day cannot be a month: 09/10/2023 is ambiguous and left alone
    re.compile(r"\b(?P<day>1[3-9]|2\d|3[01])/(?P<month>\d{1,2})/(?P<year>(?:19|20)\d\d)\b"),
]


def find_date(text: str) -> tuple[str, tuple[int, int]] | None:
    """The first complete (day, month, year) date in ``text`` as ISO, with its span."""
    found = find_dates(text)
    return found[0] if found else None


def find_dates(text: str) -> list[tuple[str, tuple[int, int]]]:
    """Every complete date in ``text``, in text order, none inside another."""
    found: list[tuple[str, tuple[int, int]]] = []
    for pattern in DATE_PATTERNS:
        for match in pattern.finditer(text):
            day = date_of(match)
            if day and not any(s < match.end() and match.start() < e for _, (s, e) in found):
                found.append((day.isoformat(), match.span()))
    return sorted(found, key=lambda item: item[1])


# 10/11/2026: a day and a month either way round; only a weekday named near it tells which
AMBIGUOUS_SLASHED = re.compile(r"\b(?P<first>0?[1-9]|1[0-2])/(?P<second>0?[1-9]|1[0-2])/(?P<year>(?:19|20)\d\d)\b")
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}


def date_by_weekday(match: re.Match, context: str) -> str | None:
    """The reading of an AMBIGUOUS_SLASHED match (day first or month first) that falls on the one
    weekday ``context`` names ("RAS TALAB, Tuesday (HANA)"), or None when that does not decide it."""
    named = {WEEKDAYS[w] for w in re.findall(r"\b(" + "|".join(WEEKDAYS) + r")\b", context.lower())}
    if len(named) != 1:
        return None
    fitting = [d for d in _readings(match) if d.weekday() in named]
    return fitting[0].isoformat() if len(fitting) == 1 else None


def _readings(match: re.Match) -> set[date]:
    """The dates an AMBIGUOUS_SLASHED match may be, day first or month first."""
    year = int(match["year"])
    return {d for d in (date_of_parts(year, match["second"], match["first"]),
                        date_of_parts(year, match["first"], match["second"])) if d}


_MONTH_DAY = [re.compile(rf"\b{_MONTH}\s+{_DAY}\b", re.I), re.compile(rf"\b{_DAY}\s+{_MONTH}\b", re.I)]


def date_by_day_named(match: re.Match, context: str) -> str | None:
    """The reading of an AMBIGUOUS_SLASHED match that is the one day and month ``context`` writes out
    ("DESSALIT, 12 November (SIA) --" under "12/11/2027")."""
    named = {(MONTHS[m["month"].lower().rstrip(".")], int(m["day"])) for pattern in _MONTH_DAY
             for m in pattern.finditer(context)}
    fitting = [d for d in _readings(match) if (d.month, d.day) in named]
    return fitting[0].isoformat() if len(fitting) == 1 else None


def names_day(text: str) -> bool:
    """Whether ``text`` names a day of a month, with or without its year ("9 November", "Sept 19")."""
    return any(pattern.search(text) for pattern in _MONTH_DAY)


def date_in_year(text: str, text_around: str, crawled: str | None = None) -> str | None:
    """A day and month with no year ("MONTARO, Sept 19 (NPA) -", as wires write datelines), in the year
    of the page's crawl (the year before, when that would put it after the crawl), else in the latest
    year a full date in ``text_around`` names."""
    match = next((m for pattern in _MONTH_DAY if (m := pattern.search(text))), None)
    if match is None:
        return None
    if crawled:
        year = int(crawled[:4])
    else:
        years = [int(m["year"]) for pattern in DATE_PATTERNS for m in pattern.finditer(text_around)]
        if not years:
            return None
        year = max(years)
    found = date_of_parts(year, match["month"], match["day"])
    if found and crawled and found.isoformat() > crawled:
        found = date_of_parts(year - 1, match["month"], match["day"])
    return found.isoformat() if found else None


def date_of(match: re.Match) -> date | None:
    """The calendar date a DATE_PATTERNS match names, or None for an impossible one (31 February)."""
    year = int(match["year"])
    return date_of_parts(year + 2000 if year < 100 else year, match["month"], match["day"])


def date_of_parts(year: int, month: str, day: str) -> date | None:
    name = month.lower().rstrip(".")
    month_no = int(month) if month.isdigit() else MONTHS.get(name) or FOREIGN_MONTHS[name]
    try:
        return date(year, month_no, int(day))
    except ValueError:
        return None


def parse_date(value: str) -> str | None:
    """Any date string a metadata field may hold, as YYYY-MM-DD, or None when it is not a date."""
    found = find_date(value)
    if found:
        return found[0]
    import dateparser  # imported here: it costs ~0.5 s to load and most inputs never need it

    parsed = dateparser.parse(value, languages=["en"], settings={"REQUIRE_PARTS": ["day", "month", "year"]})
    return parsed.date().isoformat() if parsed else None
