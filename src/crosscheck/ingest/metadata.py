"""What each article is: title, author, outlet, dateline, publication date, language and kind.

Each field is taken from the most reliable place that has it: the user's word (``--outlet``), the
container's metadata (a JSON record, feed entry or HTML meta tag), then what the page itself says
(bylines, signatures, print-edition notices, newsletter widgets, the URL's domain).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

import yaml

from crosscheck.dates import date_in_year, find_date, parse_date
from crosscheck.errors import InputError
from crosscheck.ingest.clean import Line, masthead_text
from crosscheck.outlets import is_monitor, is_wire

# "STEPANAKERT (Combined Sources) —", "MOSCOW, Oct 5 (Reuters) -", "Kyiv, Ukraine —".
DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’/ -]{1,40}[A-Z.]|[A-Z][a-z]+(?: (?:(?:de|del|la|el|al|of|on) )?[A-Z][a-z]+){0,2})"
    r"(?:,\s*(?P<extra>[A-Z0-9][\w.', ]{1,30}?))?\s*(?:\((?P<agency>[^)]{1,60})\)|/(?P<slashed>[A-Z][\w.-]{1,20})/)?"
    r"\s*(?:[—–-]{1,2}|(?<=[)/])\.)\s+\S"  # "VALKESUND, 14.05.2026 (QNA). Fourteen ..." closes with a full stop
    # "YEREVAN, OCTOBER 8, ARMENPRESS. Text": an agency's all-capitals form, closed by a full stop
    r"|^(?P<place2>[A-Z][A-Z/ -]{2,40}),\s*[A-Z]+ \d{1,2}(?:, \d{4})?,\s*"
    r"(?P<agency2>[A-Z][A-Z-]{2,30})\.\s+\S"
    # "(Geneva) - Text": human-rights groups' releases put the place in parentheses
    r"|^\((?P<place3>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})\)\s*[—–-]{1,2}\s+\S"
)
STANDFIRST_WORDS = 25
SENTENCE_ENDS = (".", "!", "?", '"', "”", "’", "'")
NOT_PLACES = frozenset({"the", "a", "an", "photo", "video", "file", "update", "updated", "watch", "listen"})
# Parentheses in a dateline that name no outlet: "(Combined Sources)", "(Herald Staff)".
NOT_AGENCY = re.compile(r"\b(?:sources|staff|agencies|correspondents?|reporters?|wires|updated)\b", re.I)
LANGUAGE_SAMPLE_CHARS = 2000
RATING_WORDS = (
    "true", "mostly true", "half true", "partly true", "mixture", "partly false", "mostly false", "false",
    "misleading", "missing context", "lacks context", "pants on fire", "fake", "fabricated", "altered",
    "unproven", "unverified", "unsupported", "no evidence", "inaccurate", "incorrect", "correct",
    "exaggerated", "satire", "distorted", "manipulated", "out of context",
)
_RATING = "(?:" + "|".join(sorted(RATING_WORDS, key=len, reverse=True)) + ")"
RATING_LINE = re.compile(
    rf"^(?:our\s+|the\s+)?(?:rating|verdict|conclusion|ruling|assessment)\s*[:—–-]\s*{_RATING}\b"
    rf"|\bwe rate (?:this|the|that) (?:claim|statement)? ?(?:as )?{_RATING}\b",
    re.I,
)
# What a monitor's publication carries that news does not: a methods section, the period it covers, how to
# cite it, a serial title ("Flash Update No. 31"), a menu of data and methods. Two of them make a report.
REPORT_MARKERS = (
    re.compile(r"^\W*(?:methodology|methods?|our methodology|how we work|sources and methods)\W*$", re.I),
    re.compile(r"\b(?:period covered|reporting (?:window|period)|covering the period|period under review)\b", re.I),
    re.compile(r"^\W*(?:cite as|how to cite|suggested citation|citation)\b", re.I),
    re.compile(r"\b(?:flash update|situation (?:report|update|snapshot|brief)|field (?:update|brief)|sitrep)\b"
               r"(?:\s+no\.?)?\s*\d+", re.I),
    re.compile(r"(?=.*\bdata\b)(?=.*\bmethod(?:s|ology)?\b).*\|", re.I),
    re.compile(r"\b(?:pdf|csv|xlsx)\b[^\n]{0,12}?\b\d+(?:\.\d+)?\s?(?:kb|mb)\b|\bdownload (?:the )?(?:full )?"
               r"(?:pdf|report|data(?:set)?)\b", re.I),  # "[ PDF 1.1 MB ]": a publication, not an article
    re.compile(r"^\W*(?:an? )?(?:independent|impartial|civilian) (?:monitoring|monitors?|observers?)\b", re.I),
    re.compile(r"^\W*(?:key findings|main findings|summary of findings|findings)\W*$", re.I),
    re.compile(r"^\W*(?:our )?recommendations\W*$", re.I),
)
REPORT_MIN_MARKERS = 2
BOX_EDGE = re.compile(r"^[\s|+*#>•·]+")
CLAIM_LINE = re.compile(r"^(?:the\s+)?(?:claim|claimed by|claimant|statement|what was claimed|who claimed it)\s*[:—–-]",
                        re.I)


@dataclass
class Outlet:
    name: str
    domains: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    kind: str | None = None
    side: str | None = None


@dataclass
class Sources:
    """A user's sources file: which domains and names belong to which outlet."""

    outlets: list[Outlet] = field(default_factory=list)

    def by_domain(self, url: str | None) -> Outlet | None:
        host = (urlparse(url).hostname or "").removeprefix("www.") if url else ""
        if not host:
            return None
        return next((o for o in self.outlets if any(host == d or host.endswith("." + d) for d in o.domains)), None)

    def by_name(self, name: str | None) -> Outlet | None:
        wanted = (name or "").casefold().strip()
        if not wanted:
            return None
        return next((o for o in self.outlets if wanted in {a.casefold() for a in [o.name, *o.aliases]}), None)


def load_sources(path: Path) -> Sources:
    """Read a sources YAML file: ``outlets: [{name, domains, aliases, kind, side}]``."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise InputError(f"cannot read sources file {path}: {exc}") from exc
    entries = data.get("outlets") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise InputError(f"sources file {path} needs a list under 'outlets:' (see README)")
    outlets = []
    for number, entry in enumerate(entries, start=1):
        if not isinstance(entry, dict) or not entry.get("name"):
            raise InputError(f"sources file {path}: outlet {number} has no name")
        outlets.append(Outlet(
            name=str(entry["name"]), domains=[str(d).lower().removeprefix("www.") for d in entry.get("domains", [])],
            aliases=[str(a) for a in entry.get("aliases", [])], kind=entry.get("kind"), side=entry.get("side"),
        ))
    return Sources(outlets)


def describe_article(lines: list[Line], text: str, hints: dict, sources: Sources, outlet: str | None) -> dict:
    """Document metadata fields from a page's lines, its cleaned text and its container's hints."""
    found = _collect(lines)
    url = hints.get("url")
    dateline = find_dateline(text, hints.get("crawled") or found.get("crawled"))
    outlet_name = outlet or hints.get("outlet") or found.get("signature_outlet") or found.get("print_outlet") \
        or found.get("header_outlet") or found.get("widget_outlet") or found.get("masthead_outlet") \
        or (dateline.agency if dateline else None)
    known = sources.by_name(outlet_name) or sources.by_domain(url)
    if known:
        outlet_name = known.name
    elif not outlet_name and url:
        outlet_name = (urlparse(url).hostname or "").removeprefix("www.") or None
    published = _published(hints, found, dateline)
    return {
        "title": hints.get("title") or found.get("title"),
        "author": clean_author(hints.get("author")) or found.get("byline") or found.get("signature_author"),
        "outlet": outlet_name,
        "masthead": masthead_text(lines),
        "dateline": dateline.place if dateline else found.get("date_line_place"),
        "published": published,
        "crawled": hints.get("crawled") or found.get("crawled"),
        "url": url,
        "language": hints.get("language") or detect_language(text),
        "kind": hints.get("kind") or (known.kind if known and known.kind else None) or detect_kind(lines, outlet_name),
        "claim_reviews": list(hints.get("claim_reviews") or []),
    }


def _collect(lines: list[Line]) -> dict[str, str]:
    """The first value of each kind that the page's metadata lines carry."""
    found: dict[str, str] = {}
    for line in lines:
        values = line.values
        if line.role == "title":
            found.setdefault("title", line.text)
        elif line.role == "byline":
            found.setdefault("byline", values["author"])
        elif line.role == "signature":
            found.setdefault("signature_author", values["author"])
            if "outlet" in values:
                found.setdefault("signature_outlet", values["outlet"])
        elif line.role == "print_notice":
            if "published" in values:
                found.setdefault("print_date", values["published"])
            if "outlet" in values:
                found.setdefault("print_outlet", values["outlet"])
        elif line.role == "widget" and "outlet" in values:
            # The longest newsletter name is the full one ("the Mirror-Spectator Weekly" over "the Mirror").
            if len(values["outlet"]) > len(found.get("widget_outlet", "")):
                found["widget_outlet"] = values["outlet"]
        elif line.role == "date":
            found.setdefault("date_line", values["published"])
            if "author" in values:
                found.setdefault("byline", values["author"])
            if "outlet" in values:
                found.setdefault("masthead_outlet", values["outlet"])
            if "place" in values:
                found.setdefault("date_line_place", values["place"])
        elif line.role == "masthead":
            found.setdefault("header_outlet", values["outlet"])
        elif line.role == "crawl_date":
            found.setdefault("crawled", values["published"])
    return found


def _published(hints: dict, found: dict, dateline: Dateline | None) -> str | None:
    """Metadata first, then the print edition, the article's own date line, then its dateline."""
    if hints.get("published"):
        parsed = parse_date(str(hints["published"]))
        if parsed:
            return parsed
    return found.get("print_date") or found.get("date_line") or (dateline.date if dateline else None)


@dataclass
class Dateline:
    place: str
    date: str | None = None  # when the dateline carries a full date
    agency: str | None = None  # "(Reuters)": the wire that filed it, when it names one


def find_dateline(text: str, crawled: str | None = None) -> Dateline | None:
    """The dateline opening the first paragraph: ``KORVEL, March 4 (Meridian Press) —``; a date with no
    year takes the crawl's year, or the latest year the article names. A standfirst above the story (a
    short line with no full stop) is passed over."""
    first, _, rest = text.partition("\n\n")
    standfirst = rest and len(first.split()) <= STANDFIRST_WORDS and not first.rstrip().endswith(SENTENCE_ENDS) \
        and not DATELINE.match(text[:200])
    match = DATELINE.match((rest if standfirst else text)[:200])
    if not match:
        return None
    if match["place3"]:
        place = match["place3"]
        return None if place.lower() in NOT_PLACES or is_wire(place) else Dateline(place)
    if match["place2"]:
        agency = match["agency2"].capitalize() if len(match["agency2"]) > 4 else match["agency2"]
        return Dateline(match["place2"].title(), None, agency)
    place = match["place"].strip(" .")
    mixed_case = not place.isupper()
    agency = match["agency"] or match["slashed"]  # "Radoszyn, 17 March 2026 /VPS/ --"
    opening = rest if standfirst else text
    alone = bool(re.match(r"[^\n]{0,60}?[—–-]{1,2}[ \t]*\n", opening))  # "Llanos de Arauca -" on its own line
    if mixed_case and not agency and not alone:
        return None  # "David Blunkett - who has resigned -" is prose; "Kyiv (Reuters) -" is a dateline
    if len(place) < 3 or place.lower() in {"update", "breaking", "exclusive", "analysis", "opinion"}:
        return None
    name = place if mixed_case else " ".join(
        "/".join(part.capitalize() for part in w.split("/")) if w.isupper() else w for w in place.split())
    date_part = " ".join(filter(None, [match["extra"], match["agency"]]))
    found = find_date(date_part) if date_part else None
    when = found[0] if found else date_in_year(match["extra"], text, crawled) if match["extra"] else None
    if agency and (find_date(agency) or NOT_AGENCY.search(agency)):
        agency = None
    return Dateline(name, when, agency)


def clean_author(author: str | None) -> str | None:
    """Feeds write authors as ``name@site (Full Name)``: keep the name, never an e-mail address."""
    if not author:
        return None
    named = re.search(r"\(([^)@]+)\)", author)
    if "@" in author:
        return named[1].strip() if named else None
    return author.strip() or None


def detect_language(text: str) -> str | None:
    if len(text.strip()) < 20:
        return None
    import py3langid  # imported here: loading its model costs ~0.3 s, paid only when text needs it

    lang, _ = py3langid.classify(text[:LANGUAGE_SAMPLE_CHARS])
    return lang


def detect_kind(lines: list[Line], outlet: str | None = None) -> str:
    """``factcheck`` for a published fact-check (a claim under review and a rating), ``report`` for a
    monitor's own publication (an HRW news release is its report), else ``news``."""
    # (a box drawn round the claim and its rating: "| Rating: Misleading |")
    texts = [BOX_EDGE.sub("", line.text) for line in lines if line.role not in ("blank", "widget", "nav", "counter")]
    rated = any(RATING_LINE.search(t) for t in texts)
    claimed = any(CLAIM_LINE.match(t) for t in texts) or any(re.search(r"[“\"][^”\"]{15,}[”\"]", t) for t in texts)
    if rated and claimed:
        return "factcheck"
    page = [line.text for line in lines if line.role != "blank"]
    marked = sum(any(marker.search(t) for t in page) for marker in REPORT_MARKERS)
    return "report" if is_monitor(outlet) or marked >= REPORT_MIN_MARKERS else "news"
