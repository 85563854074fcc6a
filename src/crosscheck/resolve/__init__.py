"""The resolve stage: one canonical entity per real thing, across all documents.

``resolve_entities`` takes every document's own entities and returns the canonical entities with a
map from document-local ids to them. Merging is by spelling (transliteration-folded keys within an
edit or two), by name structure (a different first name is a different person; a lone surname goes
to the one full name that carries it, or the most mentioned one), by acronyms and short forms
(HRW = Human Rights Watch; Amnesty = Amnesty International), and by hyphenated compounds
(Nagorno-Karabakh = Karabakh). A conflict profile, when given, adds sides and coordinates.
"""

from crosscheck.resolve.entities import resolve_entities
from crosscheck.resolve.profiles import Profile, apply_profile, parse_profile, read_profile_text, shipped_profiles

__all__ = ["Profile", "apply_profile", "parse_profile", "read_profile_text", "resolve_entities", "shipped_profiles"]
