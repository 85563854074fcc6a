"""Cleaning real scrapes: give every line of a page a role, keep the body, keep the paragraphs.

Rules are generic — the shape of a line (length, digits only, separators), its repetition, and
phrases that page widgets use everywhere ("Follow us on", "in your inbox", "Short link:") — never
strings of one article. Lines that carry metadata (bylines, date lines, print-edition notices,
author signatures) leave the body too, but their values are kept for ``metadata``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from crosscheck.dates import AMBIGUOUS_SLASHED, date_by_day_named, date_by_weekday, find_date, find_dates, names_day

# Widget phrases are only trusted on short lines: a paragraph that mentions "newsletter" is news.
WIDGET_MAX_WORDS = 15
WIDGET_PATTERNS = [
    re.compile(p, re.I)
    for p in (
        r"\bfollow (?:us|me|him|her|them)\b",
        r"\b(?:share|tweet|post) (?:this|on|via|to)\b",
        r"\bsubscribe\b", r"\bnewsletter\b", r"\bsign up\b", r"\bin your inbox\b",
        r"\b(?:read|see|show|load|view) (?:more|all)\b", r"\bmost (?:read|popular|viewed|shared)\b",
        r"\brelated (?:articles|stories|news|posts|content|topics)\b", r"\bmore (?:stories|news) from\b",
        r"^short ?link\b", r"\bpermalink\b", r"\bclick here\b", r"\b(?:use|accept|our) cookies\b",
        r"\bcookie (?:policy|settings)\b", r"\ball rights reserved\b", r"©", r"^copyright\b",
        r"^(?:tags?|topics?|keywords|filed under|categories)\s*:", r"\bleave a (?:comment|reply)\b",
        r"\bskip to (?:main )?content\b", r"\bdownload (?:our|the) app\b", r"^advertisement$",
        r"^(?:sponsored|promoted)(?: content)?$", r"^(?:latest|related|trending|popular)(?: news| stories)?$",
        r"^follow\b.{0,60}\bon\b", r"\bwas this (?:article|story|page|fact-?check|post) (?:helpful|useful)\b",
        r"^our standards\b", r"\btrust principles\b", r"\brequired fields are marked\b",
        r"\byour email address will not be published\b", r"^\(c\)\s", r"\breproduction (?:is )?prohibited\b",
        r"\bsignatory of the ifcn\b", r"\bcode of principles\b",
        r"^listen (?:to|live|again)\b", r"\bactive link\b", r"^comments are (?:closed|disabled)\b",
        r"^(?:etiquetas|temas|schlagworte|mots-cl[ée]s)\s*:", r"\bmay be reproduced\b",
        r"\breproduc\w+ (?:is )?(?:permitted|allowed|authori[sz]ed)\b", r"^post (?:a )?comment$",
        r"\bspecial offer\b", r"\bcomments? (?:for|on) this (?:article|story|post) (?:are|is) closed\b",
        r"^(?:breaking|breaking news|live|just in|on air now|ticker)\s*(?:>>|»|:|--|—)",  # a site-wide ticker
        r"^get (?:the |our )?[\w ]{1,30} delivered\b",
        r"^get (?:our|the) [\w ]{1,30} on (?:whatsapp|telegram|signal)\b",
        r"\bdownload (?:our|the) (?:[\w-]+ ){0,3}app\b", r"^mirror\s*:",
        r"^(?:read|see) (?:also|more|next|too)\s*:", r"^spread (?:this|the word)\b",
        r"\b(?:does not|doesn't|do not) accept comments\b", r"\bwas this fact[- ]?check (?:helpful|useful)\b",
        # a masthead's tagline: "Serving the community since 1972", "The voice of the valley"
        r"^(?:proudly )?serving\b", r"^(?:established|founded|est\.)\s", r"\bsince (?:18|19|20)\d\d\.?$",
        # notices about the page itself: "Crosswind (c) 2027.", "Printed from ... on 27/03/2028", a disclaimer
        r"\(c\)\s*(?:19|20)\d\d\b", r"\bprinted from\b", r"\bwebcache\b", r"^cached (?:copy|version)\b",
        r"\bdoes not necessarily (?:reflect|represent)\b", r"^(?:media|press) (?:enquiries|inquiries|contacts?)\b",
        r"\bbecome a (?:[\w-]+ )?(?:member|supporter|subscriber|patron)\b",
        r"^support (?:independent|our) journalism\b",
        r"\b(?:does not|doesn't|do not) accept (?:any )?(?:funding|money|donations)\b",
        r"^download\b.{0,60}\((?:pdf|mp3|mp4|docx?|zip)\b",
    )
]
# Labels over a block of links to other stories: the short lines under them are not the article.
LINK_LIST_LABEL = re.compile(r"^(?:read more|read next|related|see also|more on this(?: story)?|related (?:stories|"
                             r"articles|coverage)|you may also like|recommended|latest(?: news| headlines| stories)?|"
                             r"trending(?: now)?|most read|top stories|more headlines)\s*:?$", re.I)
# A label of that kind in the site's own words, over a bulleted list: "MORE FROM THE FRONT", "OTHER CHECKS",
# "RELATED DOCUMENTS".
BULLETED_LIST_LABEL = re.compile(r"^(?:more|other|related|latest|recent)(?: [\w'’-]+){0,3}\s*:?$", re.I)
BULLET = re.compile(r"^(?:[-*•>›»]|\d+\.)\s")
# Advertising, whatever its length: "10% off for Standard readers", "special price for our readers".
PROMOTION = re.compile(r"\b\d+% off\b|\b(?:off|discount|special price) for (?:\w+ ){0,2}readers\b", re.I)
PROMOTION_MAX_WORDS = 40
LINK_LIST_MAX_LINES = 6
# A line made only of share-button words: "Share Tweet Email", "Facebook | Twitter".
SOCIAL_WORDS = (
    r"share|tweet|email|e-mail|print|whatsapp|telegram|facebook|twitter|linkedin|reddit|vk|pinterest|"
    r"copy link|comments?|menu|search|home|close|subscribe|back to top"
)
SOCIAL_LINE = re.compile(rf"^(?:(?:{SOCIAL_WORDS})\b[\s:|·•,/]*)+$", re.I)
# "457", "0", "1.2K", "12 comments", "3 min read": view counters and reading-time badges.
COUNTER_LINE = re.compile(
    r"^\d[\d.,]*\s*[km]?\s*(?:views?|comments?|shares?|likes?|reads?|min(?:ute)?s? read)?$", re.I
)
BARE_NUMBER = re.compile(r"^\d[\d.,]*$")
ORNAMENT_LINE = re.compile(r"^[\W_]+$")
LETTER_SPACED = re.compile(r"(?:[A-Z] ){3,}[A-Z]")  # "V E R S H I N A": a masthead set in spaced capitals
# Navigation/breadcrumbs: three or more short segments between separators.
# "|" may stand tight; other separators need spaces ("and/or", "<b>" are no breadcrumbs).
NAV_SEPARATORS = re.compile(r"\s*\|\s*|\s+(?:»|›|>>|>|•|·|/|~|\*)\s+|\s*\]\s*\[\s*")
# "Politics - Defence - Economy - World", "Home . Live TV . News . Shows": menus only when every part is capitalised
SPACED_SEPARATORS = re.compile(r"\s+[-.]\s+")
DASHED_SEPARATORS = re.compile(r"\s+(?:--|::)\s+")  # a menu's only with four or more short parts
NAV_MAX_SEGMENT_WORDS = 4
NAV_MAX_WORDS = 40  # a site menu may list a dozen sections
# A breadcrumb's open end: "Sovereign Waters >", "News /".
BREADCRUMB_END = re.compile(r"\s(?:>>?|»|›|/|\|)$")
BREADCRUMB_MAX_WORDS = 6
BREADCRUMB_STEP = re.compile(r"\S\s+(?:>>?|»|›)\s+\S")
BOX_ROW = re.compile(r"^\|[^|]+\|$")
SIZE_PICKER = re.compile(r"^(?:(?:font|text)?\s*size\s*:?)?\s*(?:A[+-]?\s*){2,}$|^aa$", re.I)
PRINT_NOTICE = re.compile(r"\bappears?\s+in\s+print\b|\bprint edition\b|\bin\s+the\s+print\s+issue\b", re.I)
PRINT_OUTLET = re.compile(r"\b(?:edition|issue) of (?:the )?(?P<outlet>[A-Z][\w&.'’ -]+?)[\s.,;:]*$")
BYLINE = re.compile(
    r"^(?:by|written by|words by|story by|report by|reported by|author:|text:|text by|por:?|par|von)\s+"
    r"(?P<name>[A-Z][\w.'’-]+(?:\s+(?:[A-Z][\w.'’-]+|de|van|von|al|el|bin|of|in|the|for|on)){0,7}"
    r"(?:\s+and\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3})?)\s*(?:[,|–—-].*)?$",
    re.I,
)
BYLINE_MAX_WORDS = 12
# "Daniela Stoica, STIRPRES special correspondent", "Parvina Qurbonova, TRB correspondent in the Tarnagh valley"
CREDIT_BYLINE = re.compile(r"^(?P<name>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}),\s+(?:[\w-]+\s+){0,3}?"
                           r"(?:correspondent|reporter|staff writer|editor)\b")
# "Jane Roe is the Daily's staff journalist", "Jane Roe is a reporter for the Daily".
_NAME = r"(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3})"
_ROLE = r"(?:journalist|reporter|correspondent|writer|editor|columnist|contributor)"
SIGNATURES = [
    re.compile(rf"^{_NAME}\s+is\s+(?:an?\s+|the\s+)?(?P<outlet>[A-Z][\w&.-]+(?:\s[A-Z][\w&.-]+){{0,3}})(?:['’]s|['’])"
               rf"\s+(?:[\w-]+\s+){{0,2}}{_ROLE}"),
    re.compile(rf"^{_NAME}\s+is\s+(?:an?\s+|the\s+)(?:[\w-]+\s+){{0,2}}{_ROLE}\s+(?:at|for|with)\s+(?:the\s+)?"
               r"(?P<outlet>[A-Z][\w&.-]+(?:\s[A-Z][\w&.-]+){0,3})"),
]
# A wire's credit line: "(Reporting by Jane Roe in Goma; editing by John Doe)".
REPORTING_CREDIT = re.compile(
    r"^\(?(?P<additional>[Aa]dditional )?(?:[Rr]eporting|[Rr]eported|[Ww]ritten) by "
    r"(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3})"
    r"(?:\s+(?:in|from) [A-Z][\w -]*)?(?:[;,)].*)?$")
# Signatures stand at the end of an article: only the last few lines are searched.
SIGNATURE_TAIL_LINES = 6
NEWSLETTER_OUTLET = re.compile(
    r"^get (?:the )?(?P<outlet>.+?)(?: (?:newsletter|briefing|digest))? (?:delivered )?(?:in|to) your inbox", re.I
)
# "© 2024 The Daily Herald. All rights reserved.": the copyright holder is the publisher.
COPYRIGHT_OUTLET = re.compile(
    r"^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}\s*(?:[-–]\s*\d{4}\s*)?)?(?P<outlet>[A-Z][^|©]{1,70}?)"
    r"[\s.,]*(?:all rights reserved.*)?$",
    re.I,
)
# What may surround a date on a line that is only a date: weekday, time, zone, a label.
DATE_LINE_REST = re.compile(
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b\.?|"
    r"\b\d{1,2}[:.]\d\d(?::\d\d)?\s*(?:[ap]\.?m\.?)?|"
    r"\(?\b(?:utc|gmt)\s*[+−-]?\s*\d{0,2}:?\d{0,2}\)?|\b(?:published|updated|posted|last|modified|date|on|at)\b|"
    r"\b(?:[A-Z]{2,4}T|ET|PT|CT|MT)\b",
    re.I,
)
# A print-style masthead line: "CONTINENTAL PRESS, 7 March 2024" (the outlet in capitals, then the date),
# maybe with the place it was filed from: "NATIONAL NEWS AGENCY, Port Sudan, 10 June 2024".
OUTLET_BEFORE_DATE = re.compile(
    r"^(?P<outlet>[A-Z][A-Z&.'’ -]{2,50}[A-Z.])(?:,\s*[A-Z][a-z][\w'’ -]{1,30}?)?,?\s*$")

# A masthead of separated parts: "Drevish Courier | 16.09.2023", "Verity Lab | Published 20 Sep 2023 | Updated …",
# "Posted 15/09/2023 07:50 - RRT Radio, news desk": the first part that is no date names the outlet.
MASTHEAD_SEPARATOR = re.compile(r"\s+(?:--|::|//|[|*•·–—~/-])\s+|\s*\|\s*")
DATE_WORDS = re.compile(
    r"^(?:published|posted|updated|last updated|modified|released|issued|news release|press release|broadcast|aired)\b",
    re.I)
ISSUED_LINE_MAX_WORDS = 14
SHOUTED_HEADLINE_WORDS = 8
# A mail's header line: "From: Osprey Legion press service <press@...>", "Subject: ..."
MAIL_HEADER = re.compile(r"^(?:from|to|cc|subject|date|reply-to|sender)\s*:\s", re.I)
# A publication's number on its own: "COMMUNIQUE No. 17/2029", "Press Release No. 5"
NUMBERED_ISSUE = re.compile(r"^(?:[A-Za-z]+\s+){1,3}(?:No\.?|Nr\.?|#)\s*\d[\d/.-]*$", re.I)
DATE_LINE_MAX_WORDS = 24  # "By Jane Roe | Published 19 January 2027 | Corrected 20 January 2027 (see note)"
NAME_PARTICLES = frozenset({"of", "the", "and", "for", "de", "la", "el", "du", "der", "van", "von", "al"})
DESK_SUFFIX = re.compile(r",?\s+(?:news desk|desk|bureau|newsroom|staff)$", re.I)
# "Crawled 2026-02-03 08:14 UTC": when the page was saved, never when it was published.
CRAWL_WORDS = re.compile(r"^\W*(?:crawled|retrieved|fetched|accessed|archived|captured|scraped|saved)\b", re.I)
# A cache's or archive's banner: "This is a cached copy of ... as it appeared on 2 Jun 2026 09:12:40 GMT."
CACHE_NOTICE = re.compile(r"\b(?:cached (?:copy|version)|snapshot of the page|archived (?:copy|version)|"
                          r"as it appeared on)\b", re.I)
CACHE_NOTICE_MAX_WORDS = 45
CRAWL_NOTICE_MAX_WORDS = 14  # "Saved from t.me/s/channel on 19.06.2027 22:41 by the Kavaros Conflict Archive"
# Labels of the dates in a page's header: when it was published, when updated, what period it covers.
PUBLISHED_LABEL = re.compile(r"\b(?:first published|published|posted|issued|released|filed|dated|date of issue|"
                             r"broadcast|aired)\b",
                             re.I)
LATER_LABEL = re.compile(r"\b(?:last updated|updated|modified|revised|edited)\b", re.I)
# who sat, spoke or signed: "Witnesses: Hon. Keshav Raj Bhusal, Minister of Defence; ..."
ROSTER = re.compile(r"^(?:witnesses|members(?: present)?|present|attendees|in attendance|participants|panel(?:lists)?|"
                    r"speakers|signatories|signed)\s*:", re.I)
# a verbatim record's header: "Sitting No. 7, Friday 11 February 2028, Committee Room 4, ..."
SITTING = re.compile(r"(?:sitting|session|meeting|hearing)(?: no\.? ?\d+)?[,:]?\s+(?:held\s+)?(?:on\s+)?[\w,]*\s*$",
                     re.I)
PERIOD_LABEL = re.compile(r"\b(?:covers|covering|reporting period|period|fieldwork|between|retrieved|fetched|accessed|"
                          r"crawled|archived|scraped)\b", re.I)
# "Vol. 65, No. 34", "Issue 48", "Number 19", "11 pages": an edition's numbering
EDITION = re.compile(r"\b(?:vol(?:ume)?|no|number|issue|edition|ed)\.?\s*\d+\b|\b\d+\s+pages?\b", re.I)
# "Posted on 24/03/2024 by the Editorial Desk": who posted it follows the date.
POSTED_BY = re.compile(r"\s+by\s+[A-Z].*$")
# "Zelenmar, 13 October 2025, 21:05": the place the story was filed from, then the date.
PLACE_BEFORE_DATE = re.compile(r"^(?P<place>[A-Z][a-z][\w'’-]*(?: [A-Z][a-z][\w'’-]*){0,2}),\s*$")
WEEKDAY_NAME = re.compile(r"day$|-feira$|^(?:sábado|sabado|domingo)$", re.I)  # "Quarta-feira, 9 de Setembro"
# The filing agency after a date: "Kazhmet, 15 May 2025 /OTA/", "(AP)".
AGENCY_TAG = re.compile(r"\s*(?:/[A-Z][\w.-]{1,12}/|\([A-Z][\w.-]{1,12}\))\s*$")
# A photo's caption ends in its credit: "Photo: KIS / Jane Roe", "(Sentinel photo)", "(VoP / Jane Roe)";
# "no photograph of the plane." is prose.
CAPTION_CREDIT = re.compile(
    r"(?:\b(?:photo(?:graph)?s?|pictures?|images?|credit)\b(?!\s+(?:of|from|on|in|at|that|which|show\w*|and|or|the|an?)\b)"
    r"\s*(?:by|:)?(?:[^.!?]|(?<=\b[A-Z])\.){0,50}|\bphoto\)|©[^.!?]{0,50}"
    r"|\((?:[A-Z][\w.&-]*\s*){1,3}/\s*[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}\))\s*\.?[)\]]?$", re.I)
CAPTION_MAX_WORDS = 35
CAPTION_DESCRIPTION_WORDS = 4
# "[Photo: Rescuers carry a stretcher ...]"
CAPTION_LABEL = re.compile(r"^[\[(]?\s*(?:photo|picture|image|caption|video)\s*:", re.I)
AD_MAX_WORDS = 30
NUMERIC_DATE = re.compile(r"\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b")
CLOCK = re.compile(r"\b\d{1,2}[:.h]\d\d\b|\b\d{1,2}\s*[ap]\.?m\b", re.I)  # "21:10", "17h40", "6 PM"
DESK_CREDIT = re.compile(r"\b(?:correspondents?|staff reporters?|staff writers?|newsroom|news desk|editorial desk)\b",
                         re.I)
# A masthead: the outlet's name in capitals ("THE KINSHASA SENTINEL"), or its acronym and name
# ("KIS - Korvathi Information Service").
ACRONYM = re.compile(r"[A-Z]{2,6}")
ACRONYM_MASTHEAD = re.compile(
    r"^(?P<acronym>[A-Z]{2,6})\s+[-–—|:]\s+(?P<name>[A-Z][\w&.'’ -]{3,60}?)(?:\s+\|\s+[\w ]{2,30})?$")
MASTHEAD_MAX_WORDS = 12
# First parts of a navigation line that are sections, never the outlet's name.
SECTION_WORDS = frozenset({"home", "news", "world", "latest", "top", "menu", "politics", "sections", "live", "video"})

# A line is a paragraph (not a header item) from this many words, or ends a statement from 8 words
# (headlines may end in "?" or "!", rarely in a full stop).
PARAGRAPH_WORDS = 20
WRAPPED_MIN_WORDS = 10  # a line this long that stops mid-sentence was wrapped, not broken by its author
WRAPPED_END = re.compile(r"(?:,|\b(?:the|a|an|of|in|on|at|to|and|or|by|for|with|from|that|which|who|than|as))$")
LIST_ITEM = re.compile(r"^(?:[-*•–]\s|\d+[.)]\s)")
STATEMENT_END = ('.', '."', '.”', ".'", ".’", '…')
SENTENCE_END = (*STATEMENT_END, '!', '?', '?”', '!”')
TITLE_MIN_WORDS, TITLE_MAX_WORDS = 3, 25
SHORT_FIRST_LINE_WORDS = 4  # "Frontline Civilian Monitor" heading a page is its name, not its headline
ABOVE_STORY_BONUS = 0.4
FACT_CHECK_LABEL = re.compile(r"^(?:the )?(?:claim|claimant|claimed by|rating|our rating|verdict|our verdict|"
                              r"who claimed it|what was claimed|who said it|conclusion)\s*:", re.I)
# A line that says what the page is, under its headline: "Transcript of the weekly briefing of Colonel X".
STANDFIRST_LABEL = re.compile(r"^(?:(?:full |edited |partial )?(?:transcript|text) of|excerpts? (?:of|from)|"
                              r"interview with|(?:(?:press )?briefing|remarks|statement|address) by|"
                              r"(?:transcript|translation) (?:prepared|provided|compiled|made) by)\b", re.I)


@dataclass
class Line:
    text: str
    role: str = "body"  # body, blank, title, widget, counter, nav, date, crawl_date, byline, signature,
    #                     print_notice, duplicate, above_title, masthead, caption
    values: dict[str, str] = field(default_factory=dict)  # metadata the line carries

    @property
    def words(self) -> int:
        return len(self.text.split())


def segment_lines(raw: str, title_hint: str | None = None) -> list[Line]:
    """Every line of a page with its role; body lines, in order, are the cleaned article."""
    lines = [Line(text) for text in _unwrap(_normalize(raw).split("\n"))]
    for line in lines:
        _classify(line)
    _mark_signatures(lines)
    _mark_advertisements(lines)
    _date_ambiguous_header(lines)
    _mark_title(lines, title_hint)
    _keep_inner_numbers(lines)
    _keep_incident_headings(lines)
    _mark_duplicates(lines)
    return lines


def body_text(lines: list[Line]) -> str:
    """The body as paragraphs separated by a blank line; hard-wrapped lines are re-joined. A caption is read
    where it stands, but one above the story after its opening paragraph (which holds the dateline)."""
    paragraphs: list[str] = []
    waiting: list[str] = []
    gap = True
    for line in lines:
        if line.role == "caption" and _describes(line.text):  # (a bare credit is no content)
            (paragraphs if paragraphs else waiting).append(line.text)
        if line.role in ("blank", "caption"):
            gap = True
            continue
        if line.role != "body":
            continue
        if paragraphs and not gap and _continues(paragraphs[-1], line.text):
            paragraphs[-1] += " " + line.text
        else:
            paragraphs.append(line.text)
            paragraphs += waiting
            waiting = []
        gap = False
    return "\n\n".join(paragraphs + waiting)


def _describes(caption: str) -> bool:
    """A caption that says what is shown, not only whose photo it is ("Photo: press service of the General Staff")."""
    return len(re.findall(r"[A-Za-z]{2,}", _description(caption))) >= CAPTION_DESCRIPTION_WORDS


def _description(caption: str) -> str:
    return CAPTION_LABEL.sub("", CAPTION_CREDIT.sub("", caption)).strip(" []().")


def _normalize(raw: str) -> str:
    text = raw.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ").replace("\ufeff", "")
    return "\n".join(_normalize_line(line) for line in text.split("\n"))


def _normalize_line(line: str) -> str:
    """Runs of spaces become one, except where they separate a menu's items ("Home  News  Opinion"):
    those become " | ", so the line reads as the navigation it is."""
    parts = [p for p in re.split(r"[ \t\f\v]{2,}", line.strip()) if p]
    if parts and all(LETTER_SPACED.fullmatch(p) for p in parts):  # "O R V E L   V O I C E"
        return " ".join(p.replace(" ", "") for p in parts)
    if len(parts) >= 3 and all(len(p.split()) <= NAV_MAX_SEGMENT_WORDS for p in parts) or (
            len(parts) == 2 and ACRONYM.fullmatch(parts[0])):  # "BNS  Berita Nasional Serawan": two cells
        line = " | ".join(parts)
    return re.sub(r"[ \t\f\v]+", " ", line).strip()


def _continues(previous: str, line: str) -> bool:
    """A hard-wrapped line: the previous one stops mid-sentence and this one goes on in lower case, or
    after a comma or a word no sentence ends on ("... against two villages in the / Tarnagh valley")."""
    if not line or previous.endswith(SENTENCE_END + (":", "”", '"')):
        return False
    return line[:1].islower() or (bool(WRAPPED_END.search(previous)) and not LIST_ITEM.match(line))


def _unwrap(texts: list[str]) -> list[str]:
    """Rejoin a paragraph hard-wrapped at a fixed width (text taken from a PDF or an e-mail), so that its
    lines read as the paragraph they are rather than as a header's short lines."""
    joined: list[str] = []
    for text in texts:
        previous = joined[-1] if joined else ""
        if len(previous.split()) >= WRAPPED_MIN_WORDS and "|" not in previous + text and not BYLINE.match(text) \
                and _continues(previous, text):  # a menu's cells and a headline's byline are no wrapped lines
            joined[-1] += " " + text
        else:
            joined.append(text)
    return joined


def _classify(line: Line) -> None:
    text = line.text
    if not text:
        line.role = "blank"
        return
    if len(text) <= 24 and ((COUNTER_LINE.match(text) and not find_date(text)) or ORNAMENT_LINE.match(text)):
        line.role = "counter"
        return
    if line.words <= WIDGET_MAX_WORDS:
        publisher = NEWSLETTER_OUTLET.match(text) or COPYRIGHT_OUTLET.match(text)
        if publisher:
            line.role, line.values = "widget", {"outlet": publisher["outlet"].strip()}
            return
        if SOCIAL_LINE.match(text) or SIZE_PICKER.match(text) or any(p.search(text) for p in WIDGET_PATTERNS):
            line.role = "widget"
            return
    if line.words <= NAV_MAX_WORDS and _is_navigation(text) and not find_date(text):
        line.role = "nav"  # "Outlet | Place | 14 September 2023" is a masthead
        return
    if line.words <= PROMOTION_MAX_WORDS and PROMOTION.search(text):
        line.role = "widget"
        return
    if line.words <= CAPTION_MAX_WORDS and (CAPTION_CREDIT.search(text) or CAPTION_LABEL.match(text)):
        line.role = "caption"
        return
    found = _line_date(text)
    if line.words <= 40 and PRINT_NOTICE.search(text):
        line.role = "print_notice"
        if found:
            line.values["published"] = found[0]
        outlet = PRINT_OUTLET.search(text)
        if outlet:
            line.values["outlet"] = outlet["outlet"].strip()
        return
    if line.words <= 6 and DESK_CREDIT.search(text) and not text.endswith(".") and not BYLINE.match(text):
        line.role = "widget"  # a credit with no author's name: "VOF Correspondent, Maiduguri", "By our correspondent"
        return
    credit = REPORTING_CREDIT.match(text) if line.words <= 30 else None
    if credit and credit["additional"]:  # "Additional reporting by X in Y": a credit, not the author
        line.role = "widget"
        return
    if line.words <= BYLINE_MAX_WORDS:
        byline = BYLINE.match(text) or CREDIT_BYLINE.match(text)
        if byline and not found:
            line.role, line.values = "byline", {"author": byline["name"]}
            return
    crawled = find_date(text) if (line.words <= CRAWL_NOTICE_MAX_WORDS and CRAWL_WORDS.match(text)) or (
        line.words <= CACHE_NOTICE_MAX_WORDS and CACHE_NOTICE.search(text)) else None
    if crawled:
        line.role, line.values = "crawl_date", {"published": crawled[0]}
        return
    if found and line.words <= 12 and DATE_WORDS.match(text):  # "Posted on 24/03/2024 by the news desk"
        text = POSTED_BY.sub("", text)
    if found and line.words <= 12 and _only_date(text, found[1]):
        line.role, line.values = "date", {"published": found[0]}
        return
    filed = PLACE_BEFORE_DATE.match(text[: found[1][0]]) if found and line.words <= 12 else None
    filed = None if filed and WEEKDAY_NAME.search(filed["place"]) else filed
    if filed and _only_date(AGENCY_TAG.sub("", text[found[1][0]:]), (0, found[1][1] - found[1][0])):
        line.role, line.values = "date", {"published": found[0], "place": filed["place"]}
        return
    masthead = OUTLET_BEFORE_DATE.match(text[: found[1][0]]) if found and line.words <= 12 else None
    if masthead and _only_date(text[found[1][0]:], (0, found[1][1] - found[1][0])):
        line.role, line.values = "date", {"published": found[0], "outlet": masthead["outlet"].title()}
        return
    segments = [s.strip() for s in MASTHEAD_SEPARATOR.split(text) if s.strip()]
    if found and line.words <= DATE_LINE_MAX_WORDS and len(segments) >= 2 and not _ends_statement(text):
        line.role, line.values = "date", {"published": found[0]}
        byline = next((b for s in segments if (b := _segment_byline(s))), None)
        if byline:  # "By Jane Roe | 19 November 2025 | Updated ...", "Posted on 19 October 2026 by Jane Roe | ..."
            line.values["author"] = byline
            segments = [s for s in segments if not BYLINE.match(s)]
        outlet = next((s for s in segments if not find_date(s) and not DATE_WORDS.match(s) and not EDITION.search(s)),
                      None)
        outlet = DESK_SUFFIX.sub("", outlet) if outlet else None
        if outlet and _reads_as_name(outlet):
            line.values["outlet"] = outlet.title() if outlet.isupper() else outlet
        return
    if found and line.words <= 20 and (_mostly_date(text) or _opens_with_date(text, found[1])) or (
            found and line.words <= DATE_LINE_MAX_WORDS and SITTING.match(text[: found[1][0]])):
        line.role, line.values = "date", {"published": found[0]}
        return
    issued = _issued_sentence(text) if found and line.words <= DATE_LINE_MAX_WORDS else None
    if issued:  # "Based on information received as of 19 March 2027. Issued 22 March 2027."
        line.role, line.values = "date", {"published": issued}
    elif found and line.words <= ISSUED_LINE_MAX_WORDS and DATE_WORDS.match(text) and not text.endswith("."):
        # "Issued from the liberated creeks, Sunday 14 January 2029", "Broadcast: Mon 15/01/2029, 07:10-07:31"
        line.role, line.values = "date", {"published": found[0]}


def _issued_sentence(text: str) -> str | None:
    """The date of a sentence of a header line that is a publication label and a date, nothing more."""
    for sentence in re.split(r"(?<=\.)\s+", text):
        sentence = sentence.rstrip(".")
        found = find_date(sentence)
        label = PUBLISHED_LABEL.match(sentence)
        if found and label:
            rest, (start, end) = sentence[label.end():], found[1]
            if _only_date(rest, (start - label.end(), end - label.end())):
                return found[0]
    return None


def _line_date(text: str) -> tuple[str, tuple[int, int]] | None:
    """The publication date among a line's dates: "First published 15 September" over "Last updated 16
    September", "Issued: 31 August" over "Covers: 3-29 August"; a crawl's or a period's date is never it."""
    ranked = []
    for found in find_dates(text):
        label = text[max(0, found[1][0] - 30):found[1][0]]
        label = re.split(r"[|.;]\s|\s[-–—/]{1,2}\s", label)[-1]
        rank = 0 if PERIOD_LABEL.search(label) else 1 if LATER_LABEL.search(label) else \
            3 if PUBLISHED_LABEL.search(label) else 2
        ranked.append((rank, found))
    best = max(ranked, key=lambda item: item[0], default=None)
    return best[1] if best and best[0] > 0 else None


def _segment_byline(segment: str) -> str | None:
    """The author a header segment names: "By Jane Roe", "Text: Jane Roe", or after its date: "Posted on
    19 May 2026 by Jane Roe"."""
    by = re.search(r"\b[Bb]y\s+[A-Z]", segment)
    match = BYLINE.match(segment) or (BYLINE.match(segment[by.start():]) if by else None)
    return match["name"] if match and not find_date(match["name"]) else None


def _reads_as_name(segment: str) -> bool:
    """An outlet's name among a date line's parts: capitalised words ("Drevish Courier"), never a label in
    sentence case ("Filed under Dispatches") or a counter ("47 Comments", "Views: 2,871")."""
    return segment[:1].isupper() and not COUNTER_LINE.match(segment) and not re.match(r"[\w ]+:\s", segment) and \
        not any(word.islower() and word not in NAME_PARTICLES for word in segment.split())


def _mostly_date(text: str) -> bool:
    """A header line that is dates, times, labels and an edition number, whatever its layout:
    "22/08/2026 19:30 (Dobrava time)", "Quarta-feira, 9 de Setembro de 2026", "Number 19 | Friday ... 2026"."""
    rest = text
    for _, (start, end) in reversed(find_dates(text)):
        rest = rest[:start] + " " + rest[end:]
    rest = DATE_LINE_REST.sub(" ", EDITION.sub(" ", re.sub(r"\([^)]{0,40}\)", " ", rest)))
    rest = PUBLISHED_LABEL.sub(" ", LATER_LABEL.sub(" ", PERIOD_LABEL.sub(" ", rest)))
    words = re.findall(r"[^\W\d_]+", rest)
    return len(words) <= 3 and not (words and text.rstrip().endswith("."))


def _ends_statement(text: str) -> bool:
    """A sentence's full stop, not the one of a time: "| Friday, 14th January, 2028 | 11:00 a.m."."""
    return text.endswith(STATEMENT_END) and not re.search(r"\b[ap]\.m\.$", text, re.I)


def _opens_with_date(text: str, span: tuple[int, int]) -> bool:
    """A header line whose first sentence is its date: "Friday 14 January 2028. All times EAT (GMT+3)."."""
    first = re.match(r"[^.]*\d[^.]*\.(?=\s|$)", text)
    return bool(first) and span[1] <= first.end() and _only_date(first.group().rstrip("."), span)


def _only_date(text: str, span: tuple[int, int]) -> bool:
    rest = DATE_LINE_REST.sub(" ", text[: span[0]] + " " + text[span[1]:])
    return not re.sub(r"[\W_]+", "", rest)


def _is_navigation(text: str) -> bool:
    if BOX_ROW.match(text):
        return False  # "| Rating: Misleading |": a row of a box drawn round text
    if len(text.split()) <= BREADCRUMB_MAX_WORDS and (BREADCRUMB_END.search(text) or BREADCRUMB_STEP.search(text)):
        return True  # "World >", "Provinces > Kelareh"
    segments = [s for s in NAV_SEPARATORS.split(text) if s]
    if len(segments) >= 3 and all(len(s.split()) <= NAV_MAX_SEGMENT_WORDS for s in segments):
        return True
    # "Home -- Politics -- Defence & Security -- Economy", "Home :: Nation :: Photo", not "RVR -- RADIO VARDEN -- ..."
    dashed = DASHED_SEPARATORS.split(text)
    if len(dashed) >= 4 and all(len(s.split()) <= NAV_MAX_SEGMENT_WORDS for s in dashed):
        return True
    spaced = SPACED_SEPARATORS.split(text)
    return len(spaced) >= 4 and all(len(s.split()) <= 3 and s[:1].isupper() for s in spaced)


def _mark_advertisements(lines: list[Line]) -> None:
    """The short line under an "Advertisement" label is the advertisement; the short lines under "Read more:"
    are links to other stories."""
    for index, line in enumerate(lines):
        if line.role == "widget" and line.text.lower().strip(" :-") in ("advertisement", "advert", "ad", "sponsored"):
            following = _next_line(lines, index)
            if following is not None and following.role == "body" and following.words <= AD_MAX_WORDS:
                following.role = "widget"
        elif LINK_LIST_LABEL.match(line.text) or (BULLETED_LIST_LABEL.match(line.text) and _bulleted(lines, index)):
            line.role = "widget"
            for other in lines[index + 1: index + 1 + LINK_LIST_MAX_LINES]:
                if other.role not in ("body", "caption") or other.words > AD_MAX_WORDS:
                    break
                other.role = "widget"


def _bulleted(lines: list[Line], index: int) -> bool:
    following = _next_line(lines, index)
    return following is not None and bool(BULLET.match(following.text))


def _next_line(lines: list[Line], index: int) -> Line | None:
    """The first line after ``index`` that is not blank."""
    return next((other for other in lines[index + 1:] if other.role != "blank"), None)


def _mark_signatures(lines: list[Line]) -> None:
    tail = [line for line in lines if line.role not in ("blank", "counter")][-SIGNATURE_TAIL_LINES:]
    for line in tail:
        # A signature often ends in a follow-me widget ("..., follow her on Twitter"): still a signature.
        if line.role not in ("body", "widget") or line.words > 40:
            continue
        credit = REPORTING_CREDIT.match(line.text)
        if credit and not credit["additional"]:
            line.role, line.values = "signature", {"author": credit["name"]}
            continue
        for pattern in SIGNATURES:
            match = pattern.match(line.text)
            if match:
                line.role = "signature"
                line.values = {"author": match["name"], "outlet": match["outlet"].strip(" .,;:")}
                break


DATELINE_CHARS = 60  # where a first paragraph's dateline ends and its story begins


def _date_ambiguous_header(lines: list[Line]) -> None:
    """A header date such as "Posted: 10/11/2026" reads either way round; when the page has no other date
    line, the weekday its first paragraph or dateline names ("RAS TALAB, Tuesday (HANA)"), or the day and
    month the dateline writes out ("DESSALIT, 12 November (SIA)"), picks the reading."""
    if any(line.role in ("date", "print_notice") for line in lines):
        return
    header = _header(lines, _is_paragraph)
    story = next((line.text for line in lines[header[-1] + 1:] if line.role == "body"), "") if header else ""
    for index in header:
        line = lines[index]
        match = AMBIGUOUS_SLASHED.search(line.text)
        if line.role not in ("body", "nav") or line.words > DATE_LINE_MAX_WORDS or not match:
            continue
        here_and_below = " ".join(lines[k].text for k in header if k >= index)  # "Kotaraya, Wednesday (9/6/2027)"
        day = date_by_weekday(match, here_and_below) or date_by_weekday(match, story[:DATELINE_CHARS]) or \
            date_by_day_named(match, story[:DATELINE_CHARS])
        first_part = MASTHEAD_SEPARATOR.split(line.text.strip())[0]  # "12/11/2027 -- 19:40 | Reading time 4 min"
        if day and (_only_date(POSTED_BY.sub("", line.text), match.span()) or _mostly_date(line.text)
                    or first_part == match.group()):
            line.role, line.values = "date", {"published": day}
        return


def _mark_title(lines: list[Line], title_hint: str | None) -> None:
    """Find the headline among the header lines (those before the first paragraph).

    Header lines above the headline are page chrome (crawl dates, captions, kickers) or the masthead;
    date lines there are the crawl date, not the publication date, unless they follow the masthead.
    """
    header = _header(lines, _is_paragraph)
    if title_hint:
        wanted = _key(title_hint)
        chosen = next((i for i in header if lines[i].role == "body" and _key(lines[i].text) == wanted), None)
        if chosen is None:
            # The page's first line often repeats the declared title with a site suffix.
            chosen = next((i for i in header[:3] if lines[i].role == "body" and wanted
                           and _key(lines[i].text).startswith(wanted)), None)
    else:
        chosen = _best_title(lines, header)
        if chosen is None:  # a notice in sentences above the headline ("Our channel was closed. Follow ...")
            header = _header(lines, lambda line: line.words >= PARAGRAPH_WORDS and _is_paragraph(line))
            chosen = _best_title(lines, header)
    if chosen is None:
        _mark_caps_masthead(lines, header)
        return
    lines[chosen].role = "title"
    above = [index for index in header if index < chosen]
    named = [(index, name) for index in above if lines[index].role in ("body", "nav")
             and (name := _masthead(lines, index))]
    # a masthead line names the outlet in full; a breadcrumb's first part ("VNS >> News") only when none does
    masthead = next((m for m in named if lines[m[0]].role == "body"), named[0] if named else None)
    stamped = any(lines[index].role == "crawl_date" for index in above)  # the saved copy's date is told apart
    for index in above:
        line = lines[index]
        # under the masthead: the paper's; above it, or with no masthead and no other stamp, the saved copy's
        if line.role == "date" and (masthead[0] > index if masthead else not stamped):
            line.role = "crawl_date"
        elif masthead and index == masthead[0]:
            line.role, line.values = "masthead", {"outlet": masthead[1]}
        elif line.role == "body":
            line.role = "above_title"


def _mark_caps_masthead(lines: list[Line], header: list[int]) -> None:
    """With no headline found, a line in capitals over the page still names the outlet: "TARSK VALLEY
    MONITORING MISSION" over "Situation Report No. 12 | ..."."""
    for index in header:
        if lines[index].role == "body" and _is_masthead_caps(lines[index].text) and (name := _masthead(lines, index)):
            lines[index].role, lines[index].values = "masthead", {"outlet": name}
            return


def _header(lines: list[Line], is_story: Callable[[Line], bool]) -> list[int]:
    """The lines before the story's first paragraph."""
    header = []
    for index, line in enumerate(lines):
        if line.role == "body" and is_story(line):
            break
        header.append(index)
    return header


# "State Information Agency of Grodania", "News and opinion for the Casmeri community", "Voice of the LLA"
SELF_DESCRIPTION = re.compile(r"\b(?:voice|news|newspaper|journal|agency|portal|broadcaster|television|radio|"
                              r"channel|service|weekly|daily|magazine|community|bulletin|organ)\b.{0,60}?\b(?:of|for)"
                              r"\s+(?:the\s+)?[A-Z]", re.I)
SELF_DESCRIPTION_MAX_WORDS = 16
NAME_MAX_WORDS = 4


def masthead_text(lines: list[Line]) -> str | None:
    """The lines above the headline that name the page's outlet and say what it is (its masthead, a name
    in capitals, a self-description), and the publisher a copyright line names. Whose outlet a page is,
    when its name alone does not say."""
    kept = []
    for line in lines:
        if line.role == "body" and _is_paragraph(line):
            break
        described = line.words <= SELF_DESCRIPTION_MAX_WORDS and bool(SELF_DESCRIPTION.search(line.text))
        if line.role == "title" and not described:
            break
        name = line.words <= NAME_MAX_WORDS and line.text.isupper()
        if line.role == "masthead" or (line.role in ("above_title", "body", "title") and (described or name)):
            kept.append(line.text)
    # the publisher's full name at the foot: "(c) 2026 Codka Qaranka -- Somali National Broadcasting Agency"
    kept += [line.values["outlet"] for line in lines if line.role == "widget" and "outlet" in line.values]
    return " | ".join(dict.fromkeys(kept)) or None


def _masthead(lines: list[Line], index: int) -> str | None:
    """The outlet's name when the line above the headline is a masthead: a name in capitals or with its
    acronym, or the page's first line when it reads as a name (a breadcrumb's first part counts)."""
    line = lines[index]
    first = all(other.role in ("blank", "crawl_date", "date", "widget", "counter") for other in lines[:index])
    if line.role == "nav":
        name = SPACED_SEPARATORS.split(NAV_SEPARATORS.split(line.text)[0])[0].strip()
        generic = all(w.lower() in SECTION_WORDS for w in name.split())
        return _outlet_name(name) if first and not generic and (len(name.split()) >= 2 or name.isupper()) else None
    text = line.text
    words = sum(bool(re.search(r"\w", word)) for word in text.split())  # "::" and "|" are no words
    if words > MASTHEAD_MAX_WORDS or text.endswith(SENTENCE_END + (",", ";", ":")):
        return None
    acronym = ACRONYM_MASTHEAD.match(text)
    if acronym and not re.search(r"\d", text):
        return _outlet_name(acronym["name"].strip())
    parts = MASTHEAD_SEPARATOR.split(text)
    caps = [part for part in parts if _is_masthead_caps(part) and not re.search(r"\d", part)
            and (len(part.split()) > 1 or len(part) >= 5)  # "DOBRINFORM -- ..."
            and not all(word.lower() in SECTION_WORDS for word in part.split())]
    if caps and len(caps) < len(parts):  # "VPS -- VOSTRANA PRESS SERVICE -- official ...", "NAME | news . live . 24/7"
        return _outlet_name(max(caps, key=len).strip())
    if re.search(r"\d", text) or " | " in text:
        return None  # "World | Europe": sections
    if _is_masthead_caps(text) or (first and (_named_with_acronym(text) or _capitalized_share(text) >= 0.6)):
        return _outlet_name(text)
    return None


def _shouted_headline(text: str) -> bool:
    """A long line in capitals: "TORUKIRI IS FREE -- THE OCCUPATION NAVY DROWNS OUR PEOPLE", where "Briefing
    note 4 -- Region" or "Voice of the Front -- the sea does not forget" is a label or a motto."""
    return len(re.findall(r"\w+", text)) >= SHOUTED_HEADLINE_WORDS and _in_capitals(text)


def _is_masthead_caps(text: str) -> bool:
    return len(text.split()) <= 6 and sum(c.isalpha() for c in text) >= 4 and _in_capitals(text)


def _in_capitals(text: str) -> bool:
    return all(c.isupper() for c in text if c.isalpha())


def _named_with_acronym(text: str) -> bool:
    """"United Nations Human Rights Monitoring Mission (HRMM)": a body's name, not a headline."""
    return bool(re.search(r"\([A-Z]{2,8}\)$", text))


def _capitalized_share(text: str) -> float:
    long_words = [w for w in text.split() if len(w) > 3]
    return sum(w[0].isupper() for w in long_words) / max(len(long_words), 1)


def _outlet_name(text: str) -> str:
    return text.title() if text.isupper() else text


def _best_title(lines: list[Line], header: list[int]) -> int | None:
    header_keys = [_key(lines[i].text) for i in header]
    first_text = next((i for i, line in enumerate(lines) if line.role != "blank"), None)
    best, best_score, motto = None, 0.0, None
    for index in header:
        line = lines[index]
        if line.role != "body" or not TITLE_MIN_WORDS <= line.words <= TITLE_MAX_WORDS or index == motto:
            continue
        if (line.text.endswith(".") and not line.text.endswith("...")) or line.text.endswith(("-", "—", "–", ",")) \
                or FACT_CHECK_LABEL.match(line.text) or BOX_ROW.match(line.text) or LIST_ITEM.match(line.text) \
                or CLOCK.search(line.text) or NUMERIC_DATE.search(line.text) or STANDFIRST_LABEL.match(line.text) \
                or ROSTER.match(line.text) or NUMBERED_ISSUE.match(line.text) or MAIL_HEADER.match(line.text):
            continue  # a sentence, a dateline on its own line ("Llanos de Arauca -"), a salutation ("Sons and
            #           daughters of the Bassaro,"), a fact-check's "Claim:" line,
            #           a numbered section ("2. ZARDEVA AND KHIRMON"), a list's item, a time stamp
        if _is_masthead_caps(line.text) or ACRONYM_MASTHEAD.match(line.text) or _named_with_acronym(line.text):
            continue
        repeated = header_keys.count(_key(line.text)) > 1  # scraped pages repeat their headline
        if not repeated and (any(mark in line.text for mark in (" | ", " :: ")) or (
                " -- " in line.text and not _shouted_headline(line.text))):
            continue  # "Situation Brief No. 3 | Region", "World | Europe": labels, not the headline
        score = _capitalized_share(line.text) + 1.0 * repeated
        following = next((lines[j] for j in range(index + 1, len(lines))  # section heads ("Summary") aside
                          if lines[j].role not in ("blank", "caption", "widget", "nav") and lines[j].words > 3), None)
        if following is not None and following.role in ("date", "byline", "counter", "print_notice"):
            score += 0.5
        elif following is not None and following.role == "body" and (
                _is_paragraph(following) or following.text.endswith(("-", "—", "–"))
                or STANDFIRST_LABEL.match(following.text)):
            score += ABOVE_STORY_BONUS  # the headline sits right above the story or its dateline
        if index == first_text:
            motto = next((j for j in range(index + 1, len(lines)) if lines[j].role != "blank"), None)
            after = lines[motto] if motto is not None else None
            if line.words <= SHORT_FIRST_LINE_WORDS and after is not None and (
                    after.role in ("nav", "date", "widget") or " | " in after.text
                    or (after.words <= SELF_DESCRIPTION_MAX_WORDS and SELF_DESCRIPTION.search(after.text))):
                continue  # "Frontline Civilian Monitor" over the site's menu, dates or motto: the site's name
            motto = None
            score += 0.5
        if score > best_score:
            best, best_score = index, score
    return best if best_score >= 0.4 else None


def _keep_inner_numbers(lines: list[Line]) -> None:
    """A bare number below the first paragraph is content (a score, an attendance) unless it stands
    among widgets; view counters stand above the article."""
    first = next((i for i, line in enumerate(lines) if line.role == "body" and _is_paragraph(line)), None)
    if first is None:
        return
    shown = [i for i in range(first + 1, len(lines)) if lines[i].role != "blank"]
    for position, index in enumerate(shown):
        if lines[index].role != "counter" or not BARE_NUMBER.match(lines[index].text):
            continue
        neighbours = [lines[shown[p]].role for p in (position - 1, position + 1) if 0 <= p < len(shown)]
        if not any(role in ("widget", "nav", "counter") for role in neighbours):
            lines[index].role = "body"


def _keep_incident_headings(lines: list[Line]) -> None:
    """A short line naming a day inside the story, with no label or clock and a paragraph right under it,
    heads an incident ("T-09 | Tobykol | 9 November"): it dates and places that paragraph, so it stays."""
    first = next((i for i, line in enumerate(lines) if line.role == "body" and _is_paragraph(line)), None)
    if first is None:
        return
    for index in range(first + 1, len(lines)):
        line = lines[index]
        labelled = any(p.search(line.text) for p in (CLOCK, PUBLISHED_LABEL, LATER_LABEL, PERIOD_LABEL))
        if line.role not in ("date", "nav") or not names_day(line.text) or labelled:
            continue
        following = _next_line(lines, index)
        if following is not None and following.role == "body" and _is_paragraph(following):
            line.role, line.values = "body", {}


def _is_paragraph(line: Line) -> bool:
    """A line of the story: long, or a statement. A long line with no closing punctuation may be a headline."""
    headline_like = line.words <= TITLE_MAX_WORDS and line.text[-1:].isalnum()
    statement = line.words >= 8 and line.text.endswith(STATEMENT_END)
    return (line.words >= PARAGRAPH_WORDS and not headline_like) or statement


def _mark_duplicates(lines: list[Line]) -> None:
    """A line seen before (a caption scraped twice, the headline repeated) is dropped; a caption is read once,
    where it first appears."""
    seen: set[str] = set()
    for line in lines:
        if line.role not in ("body", "title", "caption"):
            continue
        # a caption scraped twice may be labelled once and credited once: "[Image: Smoke over ...]"
        key = _key(_description(line.text) if line.role == "caption" else line.text)
        if key in seen:
            line.role = "duplicate"
        seen.add(key)


def _key(text: str) -> str:
    return re.sub(r"\W+", " ", text.lower()).strip()
