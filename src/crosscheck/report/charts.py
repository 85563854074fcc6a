"""Geometry for the report's inline SVG: figures over time and a map of places. Plain numbers the
template draws, so the report needs no script, no tile server and no network."""

from __future__ import annotations

import math
from datetime import date

WIDTH, HEIGHT = 640, 220  # a chart's drawing area, in SVG units
MAP_WIDTH, MAP_HEIGHT = 640, 360
PAD = 40
LABEL_ROOM = 90  # to the right of the map, for the easternmost place's name
# Colour per side in order of appearance; "unattributed" figures and balanced outlets are grey.
SIDE_COLOURS = ("#b8322c", "#2457a6", "#1f7a4d", "#8a5200", "#6b3fa0", "#00838f")
NO_SIDE_COLOUR = "#7a8591"


def side_colours(sides: list[str | None]) -> dict[str | None, str]:
    named = sorted({s for s in sides if s})
    colours: dict[str | None, str] = {s: SIDE_COLOURS[i % len(SIDE_COLOURS)] for i, s in enumerate(named)}
    colours[None] = NO_SIDE_COLOUR
    return colours


def figure_chart(points: list[dict], colours: dict[str | None, str]) -> dict:
    """One category's figures as points by date (x) and value (y), coloured by the reporting side.

    ``points`` have date (YYYY-MM-DD), value, side, id and label. Points are not joined: two figures
    are rarely the same quantity (a town's dead and a region's). The y axis is logarithmic when the
    values span more than two orders of magnitude, so 12 dead in one town and 40,000 displaced in a
    region stay readable on one chart.
    """
    days = [date.fromisoformat(p["date"]).toordinal() for p in points]
    first, last = min(days), max(days)
    values = [max(p["value"], 1) for p in points]
    log = max(values) / min(values) > 100
    ticks = _value_ticks(max(values), log)
    top = math.log10(ticks[-1]) if log else ticks[-1]

    def y(value: float) -> float:
        share = math.log10(max(value, 1)) / top if log else value / top
        return round(PAD / 2 + (1 - share) * HEIGHT, 1)

    def x(day: int) -> float:
        return round(PAD + (day - first) / (last - first) * WIDTH if last > first else PAD + WIDTH / 2, 1)

    series: dict[str | None, list[dict]] = {}
    for point, day in sorted(zip(points, days, strict=True), key=lambda pd: pd[1]):
        series.setdefault(point["side"], []).append(point | {"x": x(day), "y": y(point["value"])})
    return {
        "width": WIDTH + 2 * PAD, "height": HEIGHT + PAD * 1.5, "log": log,
        "ticks": [{"y": y(v), "label": f"{v:,.6g}"} for v in ticks],
        "first": date.fromordinal(first).isoformat(), "last": date.fromordinal(last).isoformat(),
        "series": [{"side": side or "unattributed", "colour": colours.get(side, NO_SIDE_COLOUR), "points": pts}
                   for side, pts in series.items()],
    }


def _value_ticks(top: float, log: bool) -> list[float]:
    """Round gridline values from the axis's foot to the first round value at or above ``top``."""
    if log:
        return [10 ** k for k in range(math.ceil(math.log10(top)) + 1)]
    magnitude = 10 ** math.floor(math.log10(top)) if top >= 1 else 1
    step = next(m * magnitude for m in (0.2, 0.5, 1, 2, 5, 10) if top / (m * magnitude) <= 5)
    return [k * step for k in range(math.ceil(top / step) + 1)]


def place_map(places: list[dict]) -> dict | None:
    """Places with coordinates as points on an equirectangular projection of their bounding box;
    None when fewer than two places have coordinates."""
    if len(places) < 2:
        return None
    lats, lons = [p["lat"] for p in places], [p["lon"] for p in places]
    span_lat, span_lon = (max(lats) - min(lats)) or 1.0, (max(lons) - min(lons)) or 1.0
    squash = math.cos(math.radians(sum(lats) / len(lats)))  # a degree of longitude shrinks towards the poles
    scale = min(MAP_WIDTH / (span_lon * squash), MAP_HEIGHT / span_lat)
    most = max(p["mentions"] for p in places) or 1
    points = [p | {"x": round(PAD + (p["lon"] - min(lons)) * squash * scale, 1),
                   "y": round(PAD + (max(lats) - p["lat"]) * scale, 1),
                   "r": round(4 + 8 * math.sqrt(p["mentions"] / most), 1)} for p in places]
    width, height = round(span_lon * squash * scale), round(span_lat * scale)
    return {"width": width + 2 * PAD + LABEL_ROOM, "height": height + 2 * PAD, "points": points}
