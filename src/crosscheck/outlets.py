"""Kinds of source known by name: independent monitors and wire services. Shared by ingest (a
monitor's own page is a report, not news) and compare (how independent an origin is)."""

from __future__ import annotations

import re

from anyascii import anyascii

# Independent monitors: human-rights groups, humanitarian bodies, the UN system, conflict-event trackers.
MONITORS = re.compile(
    r"\b(?:human rights watch|\w+ ?watch$|rights (?:group|monitor|network|centre|center|international|league|"
    r"alliance|commission|initiative|project)|hrw|amnesty|red cross|"
    r"red crescent|icrc|united nations|u\.?n\.?|unhcr|"
    r"ocha|ohchr|"
    r"unicef|unesco|osce|medecins sans frontieres|doctors without borders|msf|acled|airwars|"
    r"international crisis group|reporters without borders|committee to protect journalists|cpj|"
    r"international criminal court|icc|human rights council|special rapporteur|\w+ observatory|"
    r"observatory for human rights|armed conflict location|civilian monitor|monitoring mission|monitoring group)\b")
WIRES = re.compile(
    r"\b(?:reuters|associated press|ap|afp|agence france-presse|agence france presse|dpa|efe|ansa|upi|"
    r"bloomberg|kyodo|\w*wire|news wire|wire service)\b")


def is_monitor(name: str | None) -> bool:
    """HRW, Amnesty, the ICRC, the UN and their like, whatever the spelling's accents."""
    return bool(name and MONITORS.search(anyascii(name).lower()))


def is_wire(name: str | None) -> bool:
    """Reuters, AP, AFP and the like, or an outlet that calls itself a wire."""
    return bool(name and WIRES.search(anyascii(name).lower()))
