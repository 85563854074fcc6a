"""English language data for extraction: reporting verbs, titles, role and group nouns, places.

Kept apart from the rules that use it (as textacy does), so another language is a new data module.
Nothing here names a person, place or event of any particular conflict: the country list is the
world's, the rest is general newsroom English.
"""

from __future__ import annotations

from crosscheck.countries import COUNTRY_FORMS, COUNTRY_NAMES  # noqa: F401 (shared with the compare stage)

# Reporting words: every inflected form -> lemma. The lemma is what a claim's ``cue`` holds.
_CUES = {
    "say": "say says said saying",
    "tell": "tell tells told telling",
    "state": "stated stating",
    "announce": "announce announces announced announcing",
    "claim": "claimed claiming claims",
    "accuse": "accuse accuses accused accusing",
    "deny": "deny denies denied denying",
    "reject": "reject rejects rejected rejecting",
    "dismiss": "dismiss dismisses dismissed dismissing",
    "refute": "refute refutes refuted refuting",
    "warn": "warn warns warned warning",
    "stress": "stressed stressing",
    "note": "noted noting",
    "add": "add adds added adding",
    "believe": "believe believes believed",
    "confirm": "confirm confirms confirmed confirming",
    "report": "reported reporting",
    "urge": "urge urges urged urging",
    "charge": "charged",
    "insist": "insist insists insisted insisting",
    "argue": "argue argues argued arguing",
    "allege": "allege alleges alleged alleging",
    "describe": "described describing",
    "underline": "underline underlines underlined underlining",
    "emphasize": "emphasize emphasizes emphasized emphasizing emphasise emphasises emphasised",
    "highlight": "highlighted highlighting",
    "inform": "informed informing",
    "explain": "explain explains explained explaining",
    "conclude": "concluded concluding",
    "write": "wrote writing writes",
    "tweet": "tweeted tweeting",
    "maintain": "maintained maintaining",
    "admit": "admit admits admitted admitting",
    "acknowledge": "acknowledge acknowledges acknowledged acknowledging",
    "condemn": "condemn condemns condemned condemning",
    "threaten": "threatened threatening",
    "vow": "vowed vowing",
    "promise": "promised promising",
    "demand": "demanded demanding",
    "declare": "declare declares declared declaring",
    "assert": "asserted asserting",
    "estimate": "estimated",
    "suggest": "suggested suggesting",
    "predict": "predicted predicting",
    "comment": "commented commenting",
    "respond": "responded responding",
    "reply": "replied replying",
    "quote": "quoted",
    "document": "documented",
    "find": "found finds",
    "blame": "blamed blaming",
    "sum": "summed",
}
CUE_LEMMAS: dict[str, str] = {form: lemma for lemma, forms in _CUES.items() for form in forms.split()}

# Forms that are also common nouns or adjectives ("says", "claims", "report"): a cue only right after a speaker.
AMBIGUOUS_CUES = frozenset({"estimated", "warning", "writing", "reporting", "promising", "documented", "quoted",
                            "found", "finds", "claims"})

# Cues that make the claim a denial.
# a ship's name follows these: "the tanker Sapphire Dawn", "patrol vessel Libeccio"
VESSEL_NOUNS = frozenset({"ship", "vessel", "tanker", "trawler", "boat", "cutter", "frigate", "corvette", "destroyer",
                          "submarine", "freighter", "carrier", "ferry", "tug", "barge", "yacht", "warship", "dhow",
                          "cruiser", "minesweeper", "schooner", "steamer", "liner", "coaster", "icebreaker"})
# verbs that carry a speech cue after "to": "continue to accuse", "went on to say"
CATENATIVES = frozenset({"continue", "continues", "continued", "began", "begin", "begins", "started", "start",
                         "starts", "tried", "try", "tries", "went", "goes", "go", "wants", "want", "wanted",
                         "seek", "seeks", "sought", "attempt", "attempts", "attempted", "keep", "keeps"})
DENIAL_CUES = frozenset({"deny", "reject", "dismiss", "refute"})
# Words that, where a speaker characterises a report, dismiss it.
DISMISSALS = (
    "fake news", "fake", "false", "lie", "lies", "baseless", "groundless", "fabricated", "fabrication",
    "disinformation", "misinformation", "propaganda", "provocation", "provocative", "untrue", "nonsense",
    "slander", "absurd",
)

# Nouns of speech: "X's statement concluded", "a comment from X that ...".
SPEECH_NOUNS = frozenset({
    "statement", "statements", "comment", "comments", "remarks", "words", "message", "speech", "address",
    "tweet", "post", "letter", "claim", "claims", "assertion", "announcement",
})

# Words that may stand between a speaker and the cue without changing who speaks.
ADVERBS = frozenset({
    "then", "also", "later", "again", "too", "still", "now", "has", "had", "have", "will", "would", "once",
    "previously", "earlier", "further", "however", "reportedly", "already", "recently", "just", "is",
    "was", "were", "are", "could", "may", "might", "can", "should", "not", "himself", "herself",
    "itself", "themselves", "subsequently", "separately", "publicly", "immediately", "on", "at", "in",
})

# Titles before a name: they type the name as a person and are kept as the person's roles.
# A minister's portfolio between the title and the name: "Minister for Internal Security Omari Shebe"
PORTFOLIO_WORDS = frozenset({
    "affairs", "security", "defence", "defense", "interior", "justice", "health", "finance", "information",
    "communications", "culture", "education", "energy", "transport", "agriculture", "labour", "labor", "trade",
    "development", "administration", "relations", "reconciliation", "emergencies", "situations", "works", "planning",
    "fisheries", "veterans", "rights", "order", "safety", "economy", "integration", "reintegration", "territories",
})
TITLES = frozenset({
    "president", "vice-president", "vice", "prime", "minister", "ministers", "secretary", "general", "staff",
    "lieutenant-general", "major-general", "brigadier-general", "lieutenant", "colonel", "major", "captain",
    "sergeant", "admiral", "marshal", "field", "commander", "chief", "deputy", "ambassador", "envoy",
    "spokesman", "spokeswoman", "spokesperson", "senator", "sen", "rep", "representative", "governor", "gov",
    "mayor", "chancellor", "king", "queen", "prince", "princess", "sheikh", "emir", "pope", "cardinal",
    "bishop", "archbishop", "patriarch", "dr", "mr", "mrs", "ms", "miss", "sir", "lord", "lady", "judge",
    "justice", "ombudsman", "mp", "mep", "speaker", "chairman", "chairwoman", "chair", "director", "head",
    "foreign", "defence", "defense", "interior", "state", "finance", "former", "acting", "first",
    "senior", "supreme", "leader", "premier", "official", "officer", "colonel-general", "analyst", "expert",
    "political", "professor", "prof", "journalist", "reporter", "correspondent", "economist", "author",
    "activist", "lawyer", "researcher", "adviser", "advisor", "aide", "counsel", "attorney", "assistant",
    "military", "opposition", "party", "commodore", "brigadier", "corporal", "private", "lt", "col", "gen", "maj",
    "capt", "sgt", "cpl", "cmdr", "adm",
})
# Titles that by themselves describe an office someone holds (used to resolve "the French leader").
LEADER_TITLES = frozenset({
    "president", "prime", "premier", "chancellor", "king", "queen", "emir", "leader", "head", "chief",
})

# A capitalised run ending in one of these (or holding it) names an organization.
ORG_WORDS = frozenset({
    "ministry", "agency", "council", "committee", "watch", "international", "office", "army", "forces", "force",
    "division", "centre", "center", "group", "union", "nations", "organization", "organisation", "commission",
    "court", "parliament", "assembly", "party", "bank", "fund", "institute", "university", "journal", "weekly",
    "news", "times", "post", "tv", "broadcaster", "airbase", "cross", "crescent", "kremlin", "government",
    "service", "services", "department", "command", "guard", "guards", "police", "front", "movement",
    "brigade", "battalion", "regiment", "corps", "navy", "corporation", "company", "inc", "ltd", "plc",
    "association", "federation", "foundation", "society", "alliance", "coalition", "network", "press",
    "herald", "tribune", "telegraph", "gazette", "mirror", "spectator", "bureau", "authority",
    "secretariat", "senate", "congress", "cabinet", "presidency", "embassy", "consulate", "mission",
    "monitors", "observatory", "reuters", "amnesty", "nato", "osce", "un", "eu", "icrc", "hrw", "unicef",
    "unhcr", "who", "ocha", "interfax", "tass", "ria", "bbc", "cnn", "afp", "ap", "aljazeera", "trt",
    "haber", "club", "league", "team", "school", "college", "hospital", "museum", "studio", "studios",
    "rangers", "defenders", "volunteers", "partisans", "irregulars",  # "Hawzenet Rangers": an armed body
    "records", "airlines", "airways", "motors", "systems", "technologies", "labs", "media", "energy",
    "industries", "holdings", "limited", "oil", "gas", "petroleum", "telecom", "communications", "insurance",
    "capital", "partners", "entertainment", "pictures", "electronics", "software", "pharmaceuticals", "foods",
    "brothers", "ministries", "directorate", "institution", "tribunal", "program", "programme", "unit",
    "committees", "legion", "resistance", "television", "radio", "flotilla", "fleet", "squadron",
})
# A capitalised run ending in one of these names a text or an accord, not a person.
DOCUMENT_WORDS = frozenset({"bill", "act", "treaty", "agreement", "accord", "accords", "convention", "resolution",
                            "declaration", "protocol", "charter", "law", "report", "plan", "statement"})
# Acronyms and one-word bodies that are organizations on their own.
ORG_ACRONYMS = frozenset({
    "nato", "osce", "un", "eu", "icrc", "hrw", "unicef", "unhcr", "ocha", "kremlin", "pentagon", "reuters",
    "interfax", "tass", "afp", "bbc", "cnn", "imf", "wto", "opec", "csto", "pace", "unesco", "fifa", "uefa",
})

# Plain nouns that, after a demonym or a place, name a group acting for it: "Azerbaijani forces".
GROUP_NOUNS = {
    "forces": "forces", "force": "forces", "army": "forces", "armies": "forces", "troops": "forces",
    "military": "forces", "soldiers": "forces", "servicemen": "forces", "units": "forces",
    "fighters": "fighters", "militants": "fighters", "mercenaries": "fighters", "rebels": "fighters",
    "separatists": "fighters", "militia": "fighters", "militias": "fighters", "insurgents": "fighters",
    "officials": "officials", "authorities": "officials", "government": "officials", "leadership": "officials",
    "side": "side", "diplomats": "officials", "sources": "sources", "media": "media", "journalists": "journalists",
    "population": "population", "civilians": "population", "people": "population", "residents": "population",
    "experts": "experts", "public": "population", "guards": "forces", "gunners": "forces", "marines": "forces",
    "sappers": "forces", "commandos": "forces", "paratroopers": "forces", "snipers": "forces",
    "movement": "fighters", "alliance": "fighters",
}
# Nouns that name a person by role: resolved to the named person who holds it when the text says who.
ROLE_NOUNS = frozenset({
    "spokesman", "spokeswoman", "spokesperson", "ombudsman", "minister", "president", "leader", "official",
    "officials", "journalist", "journalists", "expert", "experts", "analyst", "militant", "commander",
    "ministry", "group", "office", "source", "sources", "witness", "witnesses", "resident", "residents",
    "reporter", "agency", "premier", "chancellor", "ambassador", "envoy", "diplomat", "diplomats", "head",
    "chief", "secretary", "governor", "mayor", "representative", "officer", "soldier", "monitor", "monitors",
    "authorities", "government", "army", "military", "kremlin", "watchdog", "organization", "organisation",
    "researcher", "researchers", "activist", "activists", "lawyer", "mission", "committee", "council",
    "survivor", "victim", "doctor", "doctors", "police", "prosecutor", "prosecutors", "court", "department",
    "ministers", "lawmakers", "legislators", "mps", "senators", "analysts", "economists", "observers",
    "investigators", "protesters", "aides", "leaders", "commanders", "soldiers", "villagers", "survivors",
    "workers", "executives", "spokesmen", "negotiators", "medics", "rescuers", "volunteers", "locals",
    "people", "person", "administrator", "organizer", "organizers", "manager", "owner", "founder", "chairman",
    "teacher", "students", "parents", "patients", "nurse", "nurses", "farmer", "farmers", "insiders", "insider",
})
# Roles that name a body, not a person: "the ministry said", "Beglarian's office".
ORG_ROLES = frozenset({"ministry", "office", "agency", "mission", "group", "organization", "organisation",
                       "committee", "council", "department", "court", "watchdog", "government", "kremlin", "army",
                       "military", "police", "authorities"})
PLURAL_ROLES = frozenset({
    "ministers", "lawmakers", "legislators", "mps", "senators", "analysts", "economists", "observers",
    "investigators", "protesters", "aides", "leaders", "commanders", "soldiers", "villagers", "survivors",
    "workers", "executives", "spokesmen", "negotiators", "medics", "rescuers", "volunteers", "locals",
    "officials", "journalists", "experts", "sources", "witnesses", "residents", "diplomats", "monitors",
    "authorities", "researchers", "activists", "doctors", "prosecutors", "police",
})
# Generic role heads resolve to anyone holding a leadership title.
GENERIC_LEADER_ROLES = frozenset({"leader", "head", "chief"})
SPOKES_ROLES = frozenset({"spokesman", "spokeswoman", "spokesperson"})

# Place nouns after or before a name type it as a place: "Shusha city", "the village of X".
PLACE_NOUNS = frozenset({
    "city", "town", "village", "district", "province", "region", "county", "state", "capital", "border",
    "valley", "river", "mountains", "airport", "port", "settlement", "municipality", "oblast", "governorate",
    "square", "street", "corridor", "pass", "lake", "island", "islands", "peninsula", "sea", "bay", "camp",
    "junction", "bridge", "dam", "crossing", "checkpoint", "station", "harbour", "harbor", "delta", "heights",
})
# Prefixes of ships' names: "MV Dawn Star", "HMS Tormi" is a vessel, not a person.
SHIP_PREFIXES = frozenset({"mv", "m/v", "ms", "mt", "fv", "hms", "uss", "ins", "tns", "rfs", "hmcs", "nrp", "kri"})
PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "from", "to", "towards", "toward", "into", "across", "around",
                                "outside", "inside", "over", "within", "through"})
# Weapon heads: a capitalised name right before one of these names a weapon system.
WEAPON_NOUNS = frozenset({
    "missile", "missiles", "rocket", "rockets", "drone", "drones", "uav", "uavs", "system", "systems",
    "launcher", "launchers", "warhead", "warheads", "munitions", "bomb", "bombs", "tank", "tanks", "jet",
    "jets", "helicopter", "helicopters", "howitzer", "howitzers", "rifle", "rifles", "artillery", "mortar",
})

# Pronouns that may stand for a speaker.
PERSON_PRONOUNS = frozenset({"he", "she"})
THING_PRONOUNS = frozenset({"it", "they"})
RELATIVE_PRONOUNS = frozenset({"who", "which"})

# Capitalised words that are never names on their own (weekdays, months, sentence openers).
NOT_NAMES = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
    "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    "i", "god", "mr", "mrs", "ms", "dr", "breaking", "update", "updated", "read", "more", "photo",
    "video", "source", "sources", "editor", "note", "the", "a", "an", "but", "and", "or", "if", "as",
    "while", "after", "before", "since", "when", "although", "though", "yet", "so", "however", "meanwhile",
    "earlier", "later", "nevertheless", "still", "also", "in", "on", "at", "for", "with", "by", "from", "to",
    "this", "that", "these", "those", "it", "he", "she", "they", "we", "you", "his", "her", "its", "their",
    "our", "my", "your", "there", "here", "what", "who", "why", "how", "where", "which", "some", "many",
    "several", "both", "all", "no", "not", "one", "two", "three", "thus", "anyway", "either", "neither",
    "amid", "against", "despite", "during", "about", "according", "oh", "thank", "mp",
    "among", "under", "over", "between", "into", "ahead", "based", "speaking", "shortly", "looking",
    "today", "tomorrow", "yesterday", "false", "true", "misleading", "unproven",
    "nobody", "everybody", "anybody", "somebody", "everyone", "anyone", "someone", "none", "nothing", "everything",
    "something", "anything", "let", "please", "yes",
}) | {abbreviation + dot for abbreviation in ("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
                                             "nov", "dec") for dot in ("", ".")}  # "on Aug. 8": one token

WEEKDAYS_AND_MONTHS = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "morning", "afternoon",
    "evening", "night", "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "week", "month", "year", "time", "same", "last", "this", "day",
})
