"""English language data for comparison: action classes, targets, scope words, monitors, loaded words.

General newsroom and humanitarian-law English; nothing here names a party, place or event of a
particular conflict. Side-specific vocabulary comes from a profile.
"""

from __future__ import annotations

import re

_AIRCRAFT = r"\b(?:drones?|uavs?|aircraft|planes?|warplanes?|jets?|helicopters?|aviation)\b"
_CAPTIVES = (r"(?:crews?|fishermen|fisherman|sailors|seamen|passengers|(?:aid|relief) workers|journalists|hostages|"
             r"civilians|captives|prisoners)\b")
# The owner's word that a vessel or aircraft said to be lost is whole: "is afloat and moored", "came home
# under her own power", "is standing on the apron at Lahtme".
_OWNER_ANSWER = (r"\b(?:is|are|was|were|remains?|stays?)\s+(?:still\s+|safely\s+)?afloat\b|"
                 r"\bunder (?:her|its|their) own (?:power|steam)\b|"
                 r"\b(?:standing|parked|sitting) on the (?:apron|tarmac|runway)\b|\btied up (?:at|in|alongside)\b|"
                 # "the pilot put it down on a sandbar", "it flew home on Saturday", "landed safely"
                 r"\b(?:put|set) (?:it|her|the [\w-]+) down (?:on|in|at|safely)\b|\bfl(?:ew|own) (?:back|home)\b|"
                 r"\blanded safely\b")
# Action classes, each a pattern over lower-cased text. "use" only counts next to a weapon.
ACTIONS: dict[str, re.Pattern] = {
    "ceasefire violation": re.compile(
        r"\b(?:violat\w*|broke|broken|breach\w*|break\w*|tore up|torn up|tear(?:s|ing)? up|shatter\w*|wreck\w*|"
        r"torpedo\w*|trampl\w*)\b(?:\W+\w+){0,4}?\W+(?:cease-?fire|truce)\b"
        r"|\b(?:cease-?fire|truce) (?:violations?|breach\w*)\b"
        r"|\b(?:cease-?fire|truce)\W+(?:(?:was|is|has been|had been)\W+)?(?:broken|violated|breached)\b"),
    "attack": re.compile(
        r"\b(?:shell(?:s|ed|ing)?|strik(?:e|es|ing)|struck|airstrikes?|attack(?:s|ed|ing)?|bomb(?:s|ed|ing)|"
        r"bombard\w*|rocket(?:ed|ing)|fir(?:e|ed|es|ing) (?:at|on|upon|into)|opened fire|open fire|fired|"
        r"target(?:s|ed|ing)?|destroy(?:s|ed|ing)?|raid(?:s|ed|ing)?|pound(?:s|ed|ing)?|"
        r"hit|hits|hitting|launch(?:ed|es|ing)?|offensive|slam(?:s|med|ming)? into|rained (?:down )?on|"
        r"(?:shot|shoots?|shooting) up|fl(?:ew|own|y|ies|ying) (?:[\w-]+ ){0,3}?into|"
        r"kick(?:ed|ing|s)? (?:in|down) (?:the |a |its )?(?:doors?|gates?)|smash(?:ed|es|ing)? (?:[\w'’]+ )?way in|"
        r"(?:broke|break|breaking|burst|bursting) into|break-in|ransack(?:ed|ing)?|"
        r"blew up|blown up|blow(?:s|ing)? up|detonat(?:e|ed|es|ing|ion)|wreck(?:s|ed|ing)|aim(?:s|ed|ing)? at|"
        r"blasts?|explosions?|(?:make|makes|made|making|wage|wages|waged|waging) war on|ramm(?:ed|ing)|"
        r"(?:fell|landed|exploded|rained) (?:on|in|into|over)|(?:tore|torn|ripped|blew|blown) apart|"
        r"(?:dived|dove|crashed) (?:onto|into)|"
        r"torch(?:ed|es|ing)|set (?:fire to|alight|ablaze)|set (?:[\w'’-]+ ){1,4}?(?:alight|ablaze|on fire)|arson\w*|"
        r"burn(?:ed|t|s|ing)? (?:down|to the ground)|burn(?:ed|t|s|ing)? (?:the |our |their |its |his |her )?"
        r"(?:[\w-]+ )?(?:votes|ballots?|ballot boxes|houses?|homes?|villages?|shops?|offices?|warehouses?|huts?|roofs?|"
        r"crops|fields|granar(?:y|ies))|raz(?:e|ed|es|ing)|raked|strafed|strafing|machine-gunned|"
        r"demolish(?:ed|es|ing)?|sabotag(?:e|ed|ing)|"
        r"(?:plant(?:ed|ing|s)?|hid|hidden|hid(?:e|es|ing)|plac(?:e|ed|ing)) (?:\w+ ){0,2}"
        r"(?:explosives|bombs?|mines?|charges?|ieds?)|"
        r"(?:explosives|bombs?|mines?|charges?|ieds?) (?:[\w-]+ ){0,5}?(?:was|were|had been|has been) "
        r"(?:planted|hidden|placed|laid))"
        r"\b(?! (?:drones?|helicopters?|aircraft|jets?|planes?)\b)"),
    # An aircraft or drone brought down, or (denied) lost: answered by the side that would have lost it.
    "downing": re.compile(
        r"\b(?:shot|shoots?|shooting|brought|brings?|bringing) (?:it |them |her |one |anything )?down\b"
        r"|\bdown(?:ed|ing of)\b"
        rf"|\blos(?:t|e|es|ing)\b(?:\W+\w+){{0,3}}?\W+{_AIRCRAFT}"
        rf"|{_AIRCRAFT}\W+(?:\w+\W+){{0,2}}?(?:was|were|had been|has been|have been|is|are) (?:not )?"
        r"(?:lost|missing|downed|shot down|brought down|hit)\b"
        rf"|{_AIRCRAFT}\W+(?:that\W+|which\W+)?(?:we|they|it)\W+(?:\w+\W+){{0,2}}?(?:lost|lose)\b"  # "we never lost"
        rf"|{_AIRCRAFT}\W+(?:\w+\W+){{0,2}}?(?:suffered|sustained|had) no (?:losses|loss)\b"
        rf"|{_AIRCRAFT}\W+(?:\w+\W+){{0,3}}?(?:are|were|is|was) (?:all |fully )?accounted for\b"
        r"|\bknock(?:ed|s|ing)?\b(?:\W+[\w-]+){1,6}?\W+out of the sky\b"
        # a ship sunk, and its owner's answer that it floats: "sank the missile boat", "the Kotkas is afloat"
        r"|\b(?:sank|sunk|sinking|scuttled)\b|\bsent\b(?:\W+[\w-]+){0,5}?\W+to the bottom\b"
        rf"|{_OWNER_ANSWER}"
        # the owner's answer: "every helicopter returned safely to base", "all our jets came back"
        rf"|\b(?:every|each|all)\b(?:\W+\w+){{0,3}}?\W+{_AIRCRAFT}\W+(?:\w+\W+){{0,2}}?"
        r"(?:returned|came back|landed)\b"),
    "weapon use": re.compile(r"\b(?:use|used|uses|using|deploy(?:s|ed|ing)?)\b"),
    "killing": re.compile(r"\b(?:kill(?:s|ed|ing)?|dead|deaths?|died|death toll|massacr(?:e|es|ed|ing)|eliminated|"
                          r"cost (?:[\w-]+ ){0,3}?lives|"
                          r"execut(?:e|es|ed|ing|ions?)|"
                          r"(?:lost|gave|laid down) (?:their|his|her) lives?|"
                          r"(?:comrades|soldiers|fighters|men|civilians|martyrs) fell|neutrali[sz](?:ed|ing|es|e))\b"),
    "injuring": re.compile(r"\b(?:injur(?:e|es|ed|ing|y|ies)|wound(?:s|ed|ing)?)\b"),
    # taking ground, or crossing into it: "special forces crossed the border into Brusca", "no unit entered"
    "capture": re.compile(
        r"\b(?:captur(?:e|es|ed|ing)|seiz(?:e|es|ed|ing)|(?:took|taken|take|taking) (?:full |complete |total )?control|"
        r"(?:took|taken|take|taking) (?:the )?(?:[\w-]+ ){0,2}(?:station|town|village|city|hill|heights|bridge|airport|"
        r"port|base|outpost|checkpoint|dam|crossing|junction|island|lighthouse|district|settlement|garrison)s?|"
        r"liberat(?:e|es|ed|ing|ion)|overr[au]n|recaptur\w*|re(?:took|taken|takes?|taking)|won back|"
        r"regain(?:s|ed|ing)? (?:full |complete )?control|cross(?:ed|es|ing)? (?:the (?:border|frontier|line) )?into|"
        r"cross(?:ed|es|ing)? the (?:border|frontier) (?:at|near)|"
        # troops on another's ground, and the denial that any are: "not one Dravonian soldier on Ostrelian soil"
        r"(?:soldiers?|troops|units?|battalions?|servicem[ae]n)\b(?:\W+\w+){0,3}?\W+on\W+(?:\w+\W+){0,2}?"
        r"(?:soil|territory)|"
        r"enter(?:ed|s|ing)? (?:the (?:town|village|city) of )?[a-z]+|occup(?:ied|y|ies|ying) (?:the |its |a )?"
        r"(?:town|village|city|school|hospital|district)|set foot (?:on|in))\b(?! (?:talks|force|negotiations))"),
    "displacement": re.compile(  # (not the "displacement camp" where the displaced live)
        r"\b(?:displac\w*(?! (?:camps?|sites?|centres?|centers?|settlements?))|fled|flee(?:s|ing)?|evacuat\w*|"
        r"empt(?:ied|y|ies|ying) (?:the |a |their )?(?:village|town|district|houses|homes|streets)|expell(?:ed|ing)|"
        r"deport(?:ed|ing|ation)|driven out|forcibly (?:removed|moved|evicted|taken)|"
        r"(?:removed|taken off|taken away|moved|marched|herded) (?:\w+ ){0,6}?(?:by force|at gunpoint)|"
        r"(?:forced|driven|chased|expelled|uprooted)\b(?:\W+\w+){0,4}?"
        r"\W+from (?:their|his|her) homes)\b"),
    "detention": re.compile(
        # people taken or held: "seized the trawler and her eleven crew", "not holding a single fisherman"
        r"\b(?:seiz(?:e|es|ed|ing)|captur(?:e|es|ed|ing)|(?:took|taken|take|taking)(?! off)|hold(?:s|ing)?|held)\b"
        rf"(?:\W+[\w'’-]+){{0,6}}?\W+{_CAPTIVES}|"
        r"\b(?:detain(?:s|ed|ing)?|detention(?! (?:centres?|centers?|sites?|facilit\w+|camps?))|arrest(?:s|ed|ing)?|"
        r"abduct\w*|kidnap\w*|round(?:s|ed)? up|rounding up|"
        r"board(?:ed|ing) (?!up)|dragg(?:ed|ing)\b(?:\W+[\w'’-]+){0,6}?\W+(?:from|out of)|"
        r"(?:took|taken|take|taking) (?:\w+ )?hostages?|hostage-taking|"
        r"(?:was|were) taken from (?:her|his|their) homes?|(?:was|were) led away|"
        r"(?:is|are|was|were|has been|have been|had been) (?:being )?held (?:captive|hostage|by|since|incommunicado|"
        r"without)|in (?:[\w'’-]+ )?custody|"
        # "all 17 fishermen aboard are being held in Krivets", "38 suspects are held at the stadium"
        r"(?:people|men|women|suspects|detainees|fishermen|crew|seafarers|employees|workers|journalists|reporters|"
        r"soldiers|civilians)\b(?:\W+[\w'’-]+){0,4}?\W+(?:is|are|was|were|have been|had been) "
        r"(?:being |still )?held)\b"),
    # harm done to people in someone's hands: "beat them on the soles of their feet", "not a scratch on any detainee"
    "abuse": re.compile(
        r"\b(?:tortur\w*|mistreat\w*|ill-treat\w*|maltreat\w*|abus(?:e|ed|es|ing)|beat(?:en|ing|ings)?|flogg\w*|"
        r"whipp\w*|electric shocks?|(?:scratch|bruise)(?:es)? on)\b"),
    "agreement": re.compile(r"\b(?:agree(?:d|s|ment)?|sign(?:s|ed|ing)?|brokered)\b"),
    # forcing people into an armed force: "forced conscription of 23 boys", "no minor has been called up"
    "recruitment": re.compile(
        r"\b(?:conscript(?:ed|ing|ions?)|call(?:ed|s|ing)? up|drafted|"
        r"draft(?:ing)? (?:of )?(?:minors|children|boys|teenagers)|"
        r"recruit(?:s|ed|ing|ment)?|enlist\w*|child soldiers?|press-gang\w*)\b"),
    # aid or people stopped on their way: "the convoy was turned back at the checkpoint"
    "obstruction": re.compile(
        r"\b(?:turned (?:back|away)|blocked|block(?:s|ing)? (?:the |a |an )?(?:convoy|aid|access|road|deliver\w+)|"
        r"(?:denied|refused|barred|blocked) (?:access|entry|passage)|"
        r"(?:stopped|held(?: up)?|halted|stuck|stranded) at (?:the |a )?(?:[\w'’-]+ )?(?:checkpoint|crossing|border)|"
        r"seal(?:ed|s|ing)? off|"
        r"(?:sealed|closed|shut) (?:the |a )?(?:[\w'’-]+ ){0,2}?"
        r"(?:pass|road|highway|crossing|border|bridge|corridor)s?|"
        r"blockad(?:e|ed|es|ing))\b"),
}
# Passage granted, said by whoever controls the way: a denial that anything was obstructed. "the trucks were
# allowed through after a standard inspection", "we waved them through".
LET_THROUGH = re.compile(
    r"\b(?:allowed|let|waved|permitted|cleared)\s+(?:\w+\s+){0,2}?(?:through|to pass|to proceed|to cross|"
    r"on their way)\b"
    # and traffic said to run as ever: "ships are berthing and unloading as on any other week"
    r"|\b(?:ships|vessels|trucks|convoys|traffic)\b[^.;]{0,30}\b(?:docking|berthing|arriving|sailing|moving|passing|"
    r"flowing)\b[^.;]{0,20}(?:\b(?:normally|as usual|freely)\b|\bas (?:on|in) any other (?:day|week)\b)")
# Ground still held, said by its holder: a denial that anyone captured it. "Scarrow Bridge is firmly under
# Belvarran control", "the town remains in our hands", "our flag still flies over the station".
HELD = re.compile(
    r"\b(?:is|are|remains?|remained|stays?|stayed)\s+(?:\w+\s+){0,2}?(?:under|in)\s+(?:the\s+)?(?:full\s+|firm\s+)?"
    r"[\w'’-]+\s+(?:control|hands)\b|\b(?:flag|flags)\s+(?:\w+\s+)?(?:still\s+)?fl(?:ies|y|ying)\b|"
    r"\b(?:still|firmly)\s+(?:holds?|held|controls?)\b|\bremains? ours\b|\b(?:not|never) changed hands\b|"
    r"\b(?:raised|hoisted|ran up) (?:the |our |its |their )?(?:national )?(?:colou?rs|flags?)\b|"
    r"\b(?:colou?rs|flags?) (?:went|go|goes|going) up\b|\bour (?:colou?rs|flags?) (?:[\w-]+ )?over\b|"
    # and its garrison whole: "the garrison is at full strength and nobody is missing"
    r"\b(?:has|had|have) not fallen\b|\bnever fell\b|\bdid not fall\b|"
    r"\b(?:still|remains?)\s+(?:sitting|dug in|stationed|in position)\s+(?:in|at|on)\b|"
    r"\bat full strength\b|\b(?:nobody|no one|not one (?:man|soldier)) (?:is|was) missing\b|"
    r"\b(?:men|soldiers|troops|personnel|servicemen)\b(?:\W+\w+){0,3}?\W+(?:are|were|is|was) (?:all )?accounted for\b")
# The owner's word that what was said struck, killed or taken is whole, alive or free: a denial of that act.
# "the radar station was working normally on Wednesday", "Branimir is alive and drinking tea", "he is free".
UNHARMED = {
    "attack": re.compile(
        r"\b(?:working|operating|functioning|running|operational)\s+(?:normally|as (?:usual|normal|before)|"
        r"at full (?:capacity|power))\b|\b(?:fully|still|remains?) (?:operational|functional)\b|"
        r"\b(?:undamaged|unscathed|intact)\b"),
    "killing": re.compile(
        r"\b(?:is|are|was|were|remains?)\s+(?:still\s+|very much\s+|safe and\s+)?alive\b|"
        r"\balive and (?:well|unharmed|healthy|in good health)\b"),
    "detention": re.compile(
        r"\b(?:is|are|was|were|remains?)\s+(?:still\s+)?(?:a free (?:man|woman)|free|at liberty)\b"
        r"(?!\s+(?:of|from|to choose))|\bfree to (?:go|leave)\b|\bwalked (?:out )?free\b"),
}
# Classes that describe the same kind of event: a denied "ceasefire violation" answers an accused shelling.
FAMILIES = {
    "ceasefire violation": "violence", "attack": "violence", "weapon use": "violence", "killing": "violence",
    "injuring": "violence", "downing": "downing", "capture": "capture", "displacement": "displacement",
    "detention": "detention", "recruitment": "recruitment", "obstruction": "obstruction", "abuse": "abuse",
    "agreement": "agreement", "accident": "violence",
}

# Verbs of speech and will that end the subject of a following action: "X urges probe in missile launch".
SPEECH_VERBS = re.compile(
    r"\b(?:urg(?:e|es|ed|ing)|says?|said|claim(?:s|ed)?|accus(?:e|es|ed)|blam(?:e|es|ed)|call(?:s|ed)|demand(?:s|ed)?|"
    r"want(?:s|ed)?|asks?|asked|denie[sd]|deny|report(?:s|ed)?|warn(?:s|ed)?)\b")

# Names of armed bodies that are parties in their own right when no state claims them ("Rapid Support Forces").
ARMED_GROUP = re.compile(
    r"\b(?:forces?|army|militias?|front|brigades?|movement|rebels|guards?|battalions?|units|alliance|coalition|"
    r"legion|resistance committees?|rangers|defenders|partisans|irregulars)\b")
# A name made only of these is an army's formation ("the 7th Marine Brigade") or a generic force ("Security
# Forces", "Separatist forces", "Defence Army"), not a party of its own.
FORMATION_WORDS = frozenset({
    "force", "army", "defence", "defense", "armed", "security", "government", "and", "separatist", "separatists",
    "rebel", "rebels", "insurgent", "insurgents", "militant", "militants", "militia", "militias", "paramilitary",
    "national", "coast", "command", "navy", "police", "military", "general", "staff", "headquarters", "joint",
    "operations", "the",
    "marine", "marines", "brigade", "brigades", "battalion", "battalions", "regiment", "division", "corps", "infantry",
    "mechanised", "mechanized", "armoured", "armored", "artillery", "airborne", "assault", "motorised", "motorized",
    "tank", "special", "forces", "naval", "air", "mountain", "rifle", "unit", "units", "company", "squadron",
    "commando", "commandos", "paratroopers", "parachute", "reconnaissance", "engineer", "engineers", "border", "guard",
    "task", "front", "fighters", "royal",
})
# A unit is part of an army, whichever side's: "12th Steppe Brigade", "People's Mountain Battalion".
UNIT_HEADS = frozenset({"brigade", "brigades", "battalion", "battalions", "regiment", "regiments", "division",
                        "divisions", "corps", "squadron", "company", "detachment", "flotilla", "fleet"})

# How states name their own armies: "Tarbani Armed Forces" is a state's, a "Defence Army" may be a rebel one.
STATE_ARMY_HEADS = ("armed forces", "national army", "defence forces", "defense forces")

# Bodies and offices only a state has: a side one of them bears is a state, not an armed people.
STATE_BODY = re.compile(r"\b(?:ministry|government|president|presidency|parliament|armed forces|navy|air force|"
                        r"coast guard|police|embassy|cabinet|national army|defen[cs]e forces|royal)\b")
STATE_ROLES = frozenset({"minister", "president", "ambassador", "premier", "ministry", "government"})

# Heads a party's full name may be shortened to: "the Alliance" for the Restoration Alliance.
SHORT_PARTY_HEADS = frozenset({"alliance", "coalition", "legion", "column", "movement"})

# Generic names of the two kinds of party, resolved to the state or the armed group a document is about.
STATE_FORCES = re.compile(
    r"\b(?:government|security|regime|junta|federal|army|military|navy|naval|air force)(?: intelligence)? (?:forces|"
    r"troops|soldiers|men|agents|officers|units|artillery|gunners|engineers|sappers|commandos|patrols?|gunboats?|"
    r"warships?|aircraft|jets?|planes?|warplanes?|helicopters?|drones?)\b"
    r"|\b(?:regime|junta)['’]s (?:[\w-]+ ){0,2}(?:howitzers|guns|artillery|tanks|mortars|rockets|missiles|aircraft|"
    r"jets|warplanes|drones|troops|soldiers|gunners|sappers|snipers|forces|army|police|agents|militias?|thugs|"
    r"henchmen|security services)\b"
    r"|\bthe (?:[a-z-]+ )?(?:army|military|navy|air force|coast ?guard|armed forces|security forces)\b"
    r"|\b(?:riot )?police(?:men| officers)?\b", re.I)
INSURGENT_FORCES = re.compile(r"\b(?:separatists?|rebels?|insurgents?|militants?|guerrillas?|miscreants)\b", re.I)

# A doer the accused side names in its own telling of an event: "militants of the so-called Vetla battalion
# fired on the column", "what hit those tents were their own mortar bombs", "the regime's own secret police".
OTHER_DOER = re.compile(rf"{INSURGENT_FORCES.pattern}|\b(?:terrorists?|bandits|gunmen|saboteurs)\b|"
                        r"\b(?:the|these|those) (?:occupiers|invaders|aggressors?|enemy|junta|regime)\b|"
                        r"\b(?:their|its) own\b", re.I)

# The speaker's own side as the doer: "our forces", "we shot down" (resolved to the voice's side).
FIRST_PERSON = re.compile(r"\b(?:we|our)\b", re.I)

# Nouns after a demonym that make it an attribute of a place or of victims, not an actor.
ATTRIBUTE_HEADS = re.compile(
    r"\s+(?:border\s+)?(?:village|town|city|border|territory|territories|capital|soil|land|lands|civilians|"
    r"people|citizens|villagers|residents|side of)\b", re.I)

# What an action was aimed at.
CIVILIAN_TARGETS = re.compile(
    r"\b(?:civilians?|civilian areas?|residential|homes?|houses?|populat\w*|hospitals?|schools?|markets?|marketplaces?|"
    r"churche?s?|mosques?|monaster(?:y|ies)|temples?|pagodas?|synagogues?|shrines?|villages?|neighbou?rhoods?|"
    r"children|women|infrastructure|maternity|patients|the sick|prisons?|detention (?:centres?|centers?|sites?)|"
    r"fish(?:ing)? (?:quays?|harbou?rs?|ports?|boats?|markets?)|wedding\w*|funerals?|clinics?|health (?:posts?|"
    r"centres?|centers?)|ambulances?|(?:aid|humanitarian|relief) (?:convoys?|workers?|trucks?|vehicles?)|"
    r"grain (?:terminals?|silos?|stores?|elevators?)|silos|desalination|water (?:treatment )?(?:plants?|works|"
    r"stations?)|ferr(?:y|ies))\b")
MILITARY_TARGETS = re.compile(
    r"\b(?:troops|soldiers|servicemen|positions|posts|military|army|bases?|airbase|units|convoys?|tanks|"
    r"fighters|garrison)\b")

# Weapons whose kind alone pins an event down; "missile" or "drone" alone does not.
DISTINCT_WEAPONS = {
    "cluster munitions": re.compile(r"\bcluster (?:munitions?|bombs?|rockets?|warheads?|shells?)\b|\bdpicm\b"),
    "white phosphorus": re.compile(r"\b(?:white )?phosphorus\b"),
    "chemical weapons": re.compile(r"\bchemical (?:weapons?|agents?|attacks?)\b"),
    "barrel bombs": re.compile(r"\bbarrel bombs?\b"),
    # mines by what is done with them: "the Bir mine" is dug for ore
    "landmines": re.compile(r"\b(?:land ?mines?|anti-(?:personnel|tank|vehicle) mines?|minefields?|"
                            r"(?:lay|lays|laid|laying|plant\w*|sow\w*|scatter\w*) (?:[\w-]+ ){0,2}?mines|"
                            r"mines? (?:[\w-]+ ){0,3}?(?:laid|planted|sown)|mines?\b[^.;]{0,40}\binto the ground)\b"),
    "live ammunition": re.compile(r"\blive (?:rounds?|ammunition|fire|bullets|cartridges?)\b"),
}
# "water cannon and rubber bullets only": a denial that live ammunition was used.
_LESS_LETHAL = r"(?:rubber bullets|water cannons?|tear ?gas|batons|plastic bullets)"
LESS_LETHAL_ONLY = re.compile(rf"\b(?:only|nothing but|nothing more than|just)\b[^.;]{{0,30}}\b{_LESS_LETHAL}"
                              rf"|\b{_LESS_LETHAL}\b[^.;]{{0,30}}\bonly\b")
# People who left by choice, said by those accused of driving them out: "evacuated at their own request".
LEFT_FREELY = re.compile(r"\b(?:at (?:their|his|her) own request|of their own (?:free )?(?:will|accord)|voluntarily|"
                         r"asked to be (?:taken off|taken away|evacuated|moved|removed))\b")

# A blast, fire, collapse or outage put down to a fault, an accident or the place's own contents, not to an
# attack: "the fire began at a leaking fuel hose", "the span gave way beneath an overloaded lorry", "burned
# because of the company's carelessness". Said of a place another claim says was struck, it denies the strike.
_FAULT = (r"(?:fault(?:s|y)?|(?:equipment|technical|mechanical|electrical|power|structural) failure|malfunction\w*|"
          r"leak(?:s|ed|ing|age)?|corrod\w*|corrosion|rust(?:ed|y)|careless\w*|negligen\w*|accident(?:al)?|"
          r"short[- ]circuit\w*|overload\w*|overheat\w*|wear and tear|maintenance|planned work|"
          r"(?:stockpiled|stored|cached|hoarded) (?:[\w-]+ ){0,2}(?:ammunition|explosives|munitions|shells)|"
          r"(?:ammunition|explosives|munitions|shells) (?:[\w-]+ ){0,4}?(?:stockpiled|stored|cached|hoarded))")
ACCIDENT = re.compile(
    r"\b(?:because of|caused by|due to|(?:the )?result of|began (?:at|in|with|from)|started (?:at|in|with|from)|"
    r"traced to|set off by|sparked by|blamed on)\b(?:\W+[\w'’-]+){0,6}?\W+" + _FAULT + r"\b"
    r"|\bby(?:\W+[\w'’-]+){0,2}?\W+" + _FAULT + r"\b"  # "wrecked by rebel ammunition stockpiled in it"
    r"|\b(?:was|were|is) (?:an? )?(?:accident|accidental)\b"
    r"|\bfor (?:planned |routine |scheduled )?(?:maintenance|repairs|planned work)\b"
    r"|\b(?:gave way|collapsed|caved in)\s+(?:beneath|under)\b|\b(?:loaded|laden) (?:far )?beyond\b"
    r"|\bfell short\b|\bby (?:its|their|our) own (?:technicians|crews?|engineers|staff)\b")
# Words that make a blast deliberate whatever else the sentence blames: "was sabotage, but ... a fault".
DELIBERATE = re.compile(r"\b(?:sabot(?:ag\w*|eurs?)|deliberate\w*|on purpose|planted|no accident|not an accident)\b")

# A statement that neither affirms nor denies ("no information", "cannot confirm") contradicts nothing.
UNCOMMITTED = re.compile(
    r"\b(?:no information|not aware|no knowledge|cannot confirm|can ?not confirm|could not (?:confirm|verify)|"
    r"unable to (?:confirm|verify)|can ?not (?:yet )?say|can't (?:yet )?say|no comment|declined to comment|"
    r"not comment)\b")

# A denial that covers every place and time: "on any other day", "anywhere else".
SWEEPING = re.compile(r"\b(?:anywhere|any other (?:day|place|time|town)|at any time|ever|"
                      r"on (?:\w+ ){0,2}(?:soil|territory))\b"
                      r"|\b(?:all|every)\b[^.]{0,30}\b(?:returned|came back)\b")  # "all our aircraft returned"

# A denial for all time: "Ardesia has never used cluster munitions".
TIMELESS = re.compile(r"\b(?:never|at any time|ever)\b")
# Where an aircraft came back to is not where it was said to fall: "the patrol plane landed at Brindle Quay".
RETURN_PLACE = (r"\b(?:landed|returned|back|flew back|moored|docked|berthed|tied up|on the apron|on the tarmac)\s+"
                r"(?:safely\s+)?(?:at|to|in)\s+(?:the\s+)?")
# A party's word that it kept a truce: a denial of breaking it. "Our units have kept the truce".
KEPT_TRUCE = re.compile(r"\b(?:kept|keep|keeps|keeping|observed|observes|observing|respected|respects|honou?red|"
                        r"abided by|abides by) (?:the |its |our |their |every )?(?:cease-?fire|truce)\b")
# A party's rule that a kind of place is never a target: "prisons are on the no-strike list", "fishing quays
# are off limits to our missiles". Said by that party, it denies striking such places.
PROTECTED = re.compile(r"\b(?:on (?:the|our|a|its|their) no[- ]strike list|off[- ]limits to|"
                       r"(?:are|is) never (?:a )?targets?|(?:has|have) no business (?:with|near|over|in)|"
                       r"never (?:been )?(?:in|within) (?:the |our |its |their )?(?:[\w'’-]+ )?sights)\b")
# Not there at all, said of the accused: a denial of anything done at that place. "No Zarqi came within forty
# kilometres of Hassawir", "our men were nowhere near the market".
ABSENT = re.compile(r"\b(?:came|come|comes|went|go|goes|got|ventured|strayed)\s+(?:within\s+[\w-]+\s+"
                    r"(?:kilomet(?:re|er)s?|km|miles?|met(?:re|er)s?|yards)\s+of|(?:anywhere\s+)?near)\b|"
                    r"\bnowhere near\b")

# Words that make a count one of what stands when told, the same days later: "the crew is in custody".
STANDING = re.compile(r"\b(?:in (?:[\w'’-]+ )?custody|(?:is|are) (?:being |still )?held|"
                      r"still (?:held|holds?|holding)|(?:is|are|sitting|sit|languish\w*) in (?:a |an |the )?"
                      r"(?:[\w-]+ ){0,2}?(?:lock-?ups?|jails?|prisons?|cells))\b")
# Words that make a number a running total, not one event's count: "72 across ten strikes", "so far".
# A count of some of a whole: "Among the dead are two schoolgirls", "including six children", "seven of them"
PART_BEFORE = re.compile(r"\b(?:among|including|includ(?:e|es|ed))\b[^.;:]{0,40}$")
PART_AFTER = re.compile(r"\s*(?:[\w'’-]+\s+){0,3}?(?:of|among) (?:them|whom|those|these|the (?:dead|victims|wounded|"
                        r"injured|casualties|detainees|missing))\b")
CUMULATIVE = re.compile(
    r"\b(?:so far|(?<!ever )since|in total|total|overall|altogether|to date|in all|across|cumulative\w*|"
    # one day's toll is that event's count: "the death toll from Tuesday's clashes"
    r"toll(?!\s+(?:from|of|in)\s+(?:\w+day|yesterday|today|last night)['’]s\b)|"
    r"combined|throughout)\b")

# A state called by its kind ("the army of the Republic"): a party, never a place where something happened.
STATE_NOUNS = frozenset({"republic", "state", "kingdom", "federation", "union", "country", "nation", "homeland",
                         "motherland", "fatherland", "enclave"})
# Place words stripped from a place's name before comparing sites: "Ganja Airbase" is at Ganja.
FACILITY_WORDS = frozenset({
    "airbase", "air", "base", "airport", "city", "town", "village", "district", "region", "province",
    "hospital", "bridge", "station", "market", "port", "dam", "plant", "camp", "square",
})
# Subjects of a figure that say nothing about who was counted.
GENERIC_SUBJECTS = frozenset({"people", "persons", "person", "individuals", "others", "residents"})

# Taking a place described as freeing it: said of a side's own forces, it speaks for that side.
LIBERATION = re.compile(r"\bliberat(?:e|es|ed|ing|ion)\b", re.I)

# Loaded words that name no side: a partisan outlet's "the occupiers", "the junta", "our martyrs". They
# point against the side the document makes the attacker.
ENEMY = re.compile(
    r"\b(?:the|these|those|their|its) (?:occupiers|occupation forces|invaders|invading forces|aggressors?|enemy|"
    r"junta|regime|terrorists|puppets|bandits|gangs|thugs|fascists|mercenaries|hordes?)\b", re.I)
# Violence aimed at those the outlet calls terrorists or insurgents: its own side's strike, told as a success.
ENEMY_TARGET = re.compile(r"\b(?:struck|hit|destroyed|targeted|bombed|pounded|neutrali[sz]ed|eliminated)\b[^.]{0,40}"
                          r"\b(?:terrorists?|insurgents?|militants?|bandits|jihadists?|rebels?)\b")
UNNAMED_ENEMY = re.compile(rf"{ENEMY.pattern}|\b(?:martyrs?|martyred|martyrdom|heroic defenders)\b", re.I)
# "the Varrow regime", "the Zelenmar junta", "Port Amaury propaganda": loaded words after a place that names
# no side (a capital standing for its government).
PLACE_PEJORATIVE = re.compile(r"\b(?!(?:The|A|An|This|That|Its|Their|Our|Your)\b)"
                              r"(?P<place>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?) "
                              r"(?:regime|junta|clique|puppets|propaganda)\b")
# Words after a capital's name that make it its government or forces: "the Halqum regime", "Brisel's troops".
CAPITAL_BODY = (r"(?:['’]s)?\s+(?:regime|junta|clique|government|authorities|rulers|forces|troops|army|soldiers|"
                r"artillery|gunners|warplanes|aircraft|drones|police|militias?)\b")
# Loaded words that point against a side named next to them: "Azerbaijani aggression", "occupied by X".
# Each pattern's group "side" holds a country, demonym or name; the finding goes against that side.
AGAINST_PATTERNS: tuple[tuple[str, re.Pattern], ...] = (
    ("aggression", re.compile(r"(?P<side>[A-Z][\w'’-]+)(?:\W+[a-z-]+)?\W+aggression\b")),
    ("aggression", re.compile(r"\baggression (?:of|by) (?:the )?(?P<side>[A-Z][\w'’-]+)")),
    ("occupation", re.compile(r"(?P<side>[A-Z][\w'’-]+)\W+(?:occupation|occupiers|occupying forces)\b")),
    ("occupation", re.compile(r"\boccup(?:ied|ation) (?:by|of) (?:the )?(?P<side>[A-Z][\w'’-]+)")),
    ("occupation", re.compile(r"(?P<side>[A-Z][\w'’-]+)-occupied\b")),
    ("occupation", re.compile(r"\bliberated from (?:the )?(?P<side>[A-Z][\w'’-]+)")),
    ("terror", re.compile(r"(?P<side>[A-Z][\w'’-]+)\W+(?:terrorists?|terrorism|terror)\b")),
    ("terror", re.compile(r"\bterrorists? (?P<side>[A-Z][\w'’-]+)")),
    ("terror", re.compile(r"\b(?:terrorists|terror group) of (?:the )?(?:so-called )?(?P<side>[A-Z][\w'’-]+)")),
    ("so-called", re.compile(r"\bso-called (?:\"|“)?(?P<side>[A-Z][\w'’-]+)")),
    ("war crimes", re.compile(r"\bwar crimes? (?:committed )?by (?:the )?(?P<side>[A-Z][\w'’-]+)")),
    ("atrocities", re.compile(r"(?P<side>[A-Z][\w'’-]+)\W+(?:atrocities|war crimes|genocide|massacres?)\b")),
    ("regime", re.compile(r"(?P<side>[A-Z][\w'’-]+)\W+(?:regime|junta)\b")),
    ("provocation", re.compile(r"(?P<side>[A-Z][\w'’-]+)\W+provocations?\b")),
)

# A masthead that says whose outlet it is: "State Information Agency of Grodania", "Official News Portal of the
# Government of the Republic of Tanjara", "Voice of the Lumaut Liberation Army", "organ of the Central Committee"
OWN_OUTLET = re.compile(
    r"\b(?:(?:official|state|government|national|federal|public)\s+(?:[\w-]+\s+){0,3}?|voice\s+|organ\s+|"
    r"mouthpiece\s+|press\s+service\s+)(?:of|for)\s+(?:the\s+)?[^|]{0,80}", re.I)
