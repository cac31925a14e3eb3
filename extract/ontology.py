"""The vocabulary of ../shared/ONTOLOGY.md as Python constants.

Every layer (extractor, store, dashboard, exports) imports these instead of
spelling actor or type names itself, so a new actor is added in one place
(plus its Arabic surface forms in data/lexicons/actors.csv).

Actors are of two kinds:
- named actors (ACTOR_BLOCS): a fixed English name and a bloc;
- any state's forces, "Military forces of <Country>" / "Police forces of
  <Country>" (ACLED's naming, <Country> = GeoNames' English short name),
  in the bloc "<Country> government" — except the states whose forces the
  ontology names itself (NAMED_STATE_FORCES: "Turkish forces", ...).
Blocs agree with ../shared/eval/score.py's bloc(): an actor that score.py
does not list is its own bloc there, so every new named group here is too.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

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
    "Peshmerga": "Kurdistan Region",
    "PKK": "PKK",
    "Houthis": "Houthis",
    "Saudi-led coalition": "Saudi-led coalition",
    "Yemeni government forces": "Saudi-led coalition",
    "NATO": "NATO",
    # named groups of the region's news (ONTOLOGY.md "More named actors");
    # each is its own bloc, as in score.py
    "Hamas": "Hamas",
    "Palestinian Islamic Jihad": "Palestinian Islamic Jihad",
    "Fatah": "Fatah",
    "HTS": "HTS",
    "al-Qaeda": "al-Qaeda",
    "Taliban": "Taliban",
    "al-Shabaab": "al-Shabaab",
    "Boko Haram": "Boko Haram",
    "Libyan National Army": "Libyan National Army",
    "Ansar al-Sharia": "Ansar al-Sharia",
    "Benghazi Revolutionaries Shura Council": "Benghazi Revolutionaries Shura Council",
    "Mujahideen Shura Council of Derna": "Mujahideen Shura Council of Derna",
    "Israeli settlers": "Israeli settlers",
    "Division 30": "Division 30",
    "Libya Dawn": "Libya Dawn",
    # the government the House of Representatives named in 2022 (Bashagha's, then Hammad's), rival to
    # Tripoli's recognised one (Military forces of Libya)
    "Government of National Stability": "Government of National Stability",
    "Ajnad Misr": "Ajnad Misr",
    "Ansar Dine": "Ansar Dine",
    "DHKP-C": "DHKP-C",
    # 2017-2025 news: groups no listed side stands for (each its own bloc, as in score.py)
    "Southern Transitional Council": "Southern Transitional Council",
    "Giants Brigades": "Giants Brigades",
    "Rapid Support Forces": "Rapid Support Forces",
    "Arab tribal fighters": "Arab tribal fighters",
    "Hasm": "Hasm",
    "Lions' Den": "Lions' Den",
    # armed groups of the region's wider news (each its own bloc, as in score.py)
    "Jaish al-Adl": "Jaish al-Adl",
    "Jundallah": "Jundallah",
    "Tehrik-i-Taliban Pakistan": "Tehrik-i-Taliban Pakistan",
    "Lashkar-e-Taiba": "Lashkar-e-Taiba",
    "Jaish-e-Mohammed": "Jaish-e-Mohammed",
    "Hizbul Mujahideen": "Hizbul Mujahideen",
    "Arakan Army": "Arakan Army",
    "Baloch Liberation Army": "Baloch Liberation Army",
    "Baloch Liberation Front": "Baloch Liberation Front",
    "Lashkar-e-Jhangvi": "Lashkar-e-Jhangvi",
    "PFLP": "PFLP",
    "DFLP": "DFLP",
    "Popular Resistance Committees": "Popular Resistance Committees",
    "Polisario Front": "Polisario Front",
    "PJAK": "PJAK",
    "Kurdistan Freedom Falcons": "Kurdistan Freedom Falcons",  # (ACLED: "TAK: Kurdistan Freedom Falcons")
    "Komala": "Komala",
    # English Wikipedia's names: the abbreviations alone are ambiguous (PAK, KDPI vs KDP)
    "Democratic Party of Iranian Kurdistan": "Democratic Party of Iranian Kurdistan",
    "Kurdistan Freedom Party": "Kurdistan Freedom Party",
    "ASMLA": "ASMLA",
    "Jund al-Aqsa": "Jund al-Aqsa",
    "Fatah al-Islam": "Fatah al-Islam",
    "Abdullah Azzam Brigades": "Abdullah Azzam Brigades",
    "Macina Liberation Front": "Macina Liberation Front",
    "MNLA": "MNLA",
    "AMISOM": "AMISOM",
    "SPLM-N": "SPLM-N",
    "JEM": "JEM",
    "SLM/A": "SLM/A",
    # the far theatres' militias beside a state's army, and Myanmar's armed opposition
    "Civilian Joint Task Force": "Civilian Joint Task Force",
    "Volunteers for the Defense of the Homeland": "Volunteers for the Defense of the Homeland",
    "People's Defence Force": "People's Defence Force",
    "Civilians": "Civilians",
    "Unknown": "Unknown",
}

# States whose forces have their own name in the ontology; every other
# state's are "Military forces of X" / "Police forces of X".
NAMED_STATE_FORCES: dict[str, str] = {
    "Turkey": "Turkish forces",
    "Israel": "Israeli forces",
    "Russia": "Russian forces",
    "United States": "US forces",
    "Syria": "Syrian government forces",
    "Iraq": "Iraqi security forces",
    "Yemen": "Yemeni government forces",
}
STATE_FORCE_KINDS = ("military", "police")
_STATE_FORCES = re.compile(r"^(Military|Police) forces of (.+)$")

# Placeholders the lexicon gives to words whose side depends on where the act
# happened; extract/assemble.py resolves them with resolve_placeholder() and
# they never reach a record.
MILITARY_HERE = "_military"  # "الجيش", "القوات المسلحة": the army of the incident's country
POLICE_HERE = "_police"  # "قوات الأمن", "الشرطة", "رجال الأمن": its police
PLACEHOLDERS: tuple[str, ...] = (MILITARY_HERE, POLICE_HERE)

ACTORS: tuple[str, ...] = tuple(ACTOR_BLOCS)
BLOCS: tuple[str, ...] = tuple(dict.fromkeys(ACTOR_BLOCS.values()))


def state_forces(country: str, kind: str = "military") -> str:
    """The actor for a state's military or police: "Military forces of Egypt",
    "Police forces of Afghanistan"; the named ones for Turkey, Israel, ..."""
    if kind not in STATE_FORCE_KINDS:
        raise ValueError(f"kind must be one of {STATE_FORCE_KINDS}, not {kind!r}")
    named = NAMED_STATE_FORCES.get(country)
    if named:
        return named
    return f"{kind.capitalize()} forces of {country}"


def country_of_forces(actor: str | None) -> str | None:
    """"Police forces of Egypt" -> "Egypt"; a named state force -> its state."""
    m = _STATE_FORCES.match(actor or "")
    if m:
        return m.group(2)
    return next((c for c, a in NAMED_STATE_FORCES.items() if a == actor), None)


def is_actor(name: str | None) -> bool:
    """A name the ontology accepts: a named actor or a state's forces."""
    return bool(name) and (name in ACTOR_BLOCS or bool(_STATE_FORCES.match(name)))


def resolve_in_country(actor: str | None, country: str | None,
                       country_actors: dict[tuple[str, str], str]) -> str | None:
    """What a country-dependent actor word means where the act happened:
    placeholders ("_police", "_rebels") and names that differ by country
    (data/lexicons/country_actors.csv: "التحالف" in Yemen); a placeholder
    that the country does not resolve names no side (None). "_militia" is
    left to the assembler, which resolves it from the article's named groups."""
    if not actor or actor == "_militia":
        return actor
    actor = country_actors.get((country or "", actor), actor)
    actor = resolve_placeholder(actor, country)
    return None if actor and actor.startswith("_") else actor


def resolve_placeholder(actor: str | None, country: str | None) -> str | None:
    """A country-dependent placeholder made concrete by the incident's country
    (None when no country is known); any other actor unchanged."""
    if actor not in PLACEHOLDERS:
        return actor
    if not country:
        return None
    # the army in the West Bank and Gaza news is Israel's ("اقتحم الجيش بلدة")
    if actor == MILITARY_HERE and country in ("Palestine", "Palestinian Territory"):
        return NAMED_STATE_FORCES["Israel"]
    return state_forces(country, "military" if actor == MILITARY_HERE else "police")

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
    # ONTOLOGY.md "More event sub-types" (ACLED's)
    "Suicide bomb": "Explosions/Remote violence",
    "Grenade": "Explosions/Remote violence",
    "Disrupted weapons use": "Explosions/Remote violence",
    "Abduction/forced disappearance": "Violence against civilians",
    "Government regains territory": "Battles",
    "Non-state actor overtakes territory": "Battles",
    "Arrests": "Strategic developments",
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
    """The bloc of an actor, as score.py's bloc(): a state's forces are
    "<Country> government"; an actor not in the table is its own bloc."""
    if not actor:
        return "Unknown"
    m = _STATE_FORCES.match(actor)
    if m:
        return f"{m.group(2)} government"
    return ACTOR_BLOCS.get(actor, actor)


# Blocs that fight on one side in this theatre. Together with "one bloc",
# they never make an attacker and its target: such a pair is a role slip
# ("اشتباكات بين قوات النظام وحزب الله من جهة والفصائل من جهة أخرى").
ALLIED_BLOCS: tuple[frozenset[str], ...] = (
    frozenset({"Syrian government", "Russia", "Iran-aligned"}),
    # the war on ISIS in Iraq: the coalition's strikes support Baghdad and Erbil
    frozenset({"US-led coalition", "Iraqi government", "Kurdistan Region"}),
    # Yemen: the coalition's states fight for the Yemeni government
    frozenset({"Saudi-led coalition", "Saudi Arabia government",
               "United Arab Emirates government", "Bahrain government", "Qatar government",
               "Kuwait government", "Sudan government"}),
    # the West Bank: settlers raid villages "بحماية قوات الاحتلال", beside the army, not against it
    frozenset({"Israel", "Israeli settlers"}),
    # Borno's CJTF and Burkina Faso's VDP are militias that fight beside their state's army
    frozenset({"Nigeria government", "Civilian Joint Task Force"}),
    frozenset({"Burkina Faso government", "Volunteers for the Defense of the Homeland"}),
)


def blocs_for(actors: Iterable[str | None]) -> list[str]:
    """The blocs to offer (filters, legends, colours): the named blocs in the
    ontology's order, then those of the given actors that are not named
    ("Egypt government", a group's own name), sorted."""
    extra = {bloc_of(a) for a in actors if a} - set(BLOCS)
    return [*BLOCS, *sorted(extra)]


def actors_for(actors: Iterable[str | None]) -> list[str]:
    """The actors to offer: the named ones in order, then the given others
    (state forces, groups the ontology does not list), sorted."""
    extra = {a for a in actors if a} - set(ACTORS)
    return [*ACTORS, *sorted(extra)]


def allied(a: str | None, b: str | None) -> bool:
    """Two named sides of one bloc or of allied blocs (Unknown and Civilians never)."""
    ba, bb = bloc_of(a), bloc_of(b)
    if not a or not b or {ba, bb} & {"Unknown", "Civilians"}:
        return False
    return ba == bb or any(ba in group and bb in group for group in ALLIED_BLOCS)


def event_type_of(sub_event_type: str) -> str:
    return SUB_EVENT_TYPES.get(sub_event_type, "Strategic developments")
