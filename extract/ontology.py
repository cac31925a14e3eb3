"""The vocabulary of ../shared/ONTOLOGY.md as Python constants.

Every layer (extractor, store, dashboard, exports) imports these instead of
spelling actor or type names itself, so a new actor is added in one place
(plus its Arabic surface forms in data/lexicons/actors.csv).
"""

ACTOR_BLOCS: dict[str, str] = {
    "US forces": "US-led coalition",
    "International coalition": "US-led coalition",
    "SDF": "US-led coalition",
    "Iran-backed militias": "Iran-aligned",
    "IRGC": "Iran-aligned",
    "Hezbollah": "Iran-aligned",
    "Syrian government forces": "Syrian government",
    "Russian forces": "Russia",
    "ISIS": "ISIS",
    "Turkish forces": "Turkey",
    "Israeli forces": "Israel",
    "Syrian opposition factions": "Syrian opposition",
    "Iraqi security forces": "Iraqi government",
    # grown from the corpus (ONTOLOGY.md: "a new actor gets a row and a bloc")
    "Houthis": "Houthis",
    "Saudi-led coalition": "Saudi-led coalition",
    "Yemeni government forces": "Saudi-led coalition",
    "NATO": "NATO",
    "Peshmerga": "Kurdistan Region",
    "PKK": "PKK",
    "Civilians": "Civilians",
    "Unknown": "Unknown",
}
ACTORS: tuple[str, ...] = tuple(ACTOR_BLOCS)
BLOCS: tuple[str, ...] = tuple(dict.fromkeys(ACTOR_BLOCS.values()))

EVENT_TYPES: tuple[str, ...] = (
    "Explosions/Remote violence",
    "Battles",
    "Violence against civilians",
    "Strategic developments",
)

# sub-event type -> its event type (ACLED's hierarchy)
SUB_EVENT_TYPES: dict[str, str] = {
    "Shelling/artillery/missile attack": "Explosions/Remote violence",
    "Air/drone strike": "Explosions/Remote violence",
    "Remote explosive/landmine/IED": "Explosions/Remote violence",
    "Armed clash": "Battles",
    "Attack": "Violence against civilians",
    "Non-violent transfer of territory": "Strategic developments",
    "Other": "Strategic developments",
}

WEAPONS: tuple[str, ...] = (
    "rockets", "artillery", "missiles", "drones", "aircraft", "helicopters",
    "small arms", "explosives",
)

DATE_PRECISIONS: tuple[str, ...] = ("day", "approximate", "unknown")

# geo_precision: 1 = the site itself, 2 = near / part of a town or district,
# 3 = only the governorate or region.
GEO_PRECISIONS: tuple[int, ...] = (1, 2, 3)


def bloc_of(actor: str | None) -> str:
    """The bloc of an actor; an actor not in the table is its own bloc."""
    if not actor:
        return "Unknown"
    return ACTOR_BLOCS.get(actor, actor)


# Blocs that fight on one side in this theatre. Together with "one bloc",
# they never make an attacker and its target: such a pair is a role slip
# ("اشتباكات بين قوات النظام وحزب الله من جهة والفصائل من جهة أخرى").
ALLIED_BLOCS: tuple[frozenset[str], ...] = (
    frozenset({"Syrian government", "Russia", "Iran-aligned"}),
)


def allied(a: str | None, b: str | None) -> bool:
    """Two named sides of one bloc or of allied blocs (Unknown and Civilians never)."""
    ba, bb = bloc_of(a), bloc_of(b)
    if not a or not b or {ba, bb} & {"Unknown", "Civilians"}:
        return False
    return ba == bb or any(ba in group and bb in group for group in ALLIED_BLOCS)


def event_type_of(sub_event_type: str) -> str:
    return SUB_EVENT_TYPES.get(sub_event_type, "Strategic developments")
