"""One table of settings: name, default, help. The CLI options and the docs are built from it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Setting:
    name: str
    default: object
    help: str


SETTINGS = {
    s.name: s
    for s in (
        Setting("db", "crosscheck.db", "Store: a SQLite file path, or a SQLAlchemy URL (postgresql://...)."),
        Setting(
            "max_size_mb",
            20.0,
            "Inputs larger than this many MB are refused (a news article is rarely over 1 MB; "
            "WARC archives are exempt, they are streamed).",
        ),
        Setting("progress_min_files", 5, "Show a progress bar when at least this many files are read."),
    )
}


def default(name: str) -> object:
    return SETTINGS[name].default
