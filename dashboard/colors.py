"""One colour per bloc and per frequent actor, the same on every page, in
every export and in the briefing.

Named blocs and actors have a fixed colour. Anything else ("Egypt government",
"Military forces of Libya", a group the ontology does not list) gets a colour
by a stable hash of its name into PALETTE, so it too keeps its colour across
filters, sessions and machines. No colour here is the basemap's: rivers are
light blue, borders and land grey/beige (dashboard/basemap.py), and PALETTE
leaves out blues that light, greys and beiges. Unknown is a light grey, drawn
under everything else (figures put it first).
"""
from __future__ import annotations

import zlib

UNKNOWN = "Unknown"
UNKNOWN_COLOR = "#cfcfcf"
BLOC_COLORS = {
    "US-led coalition": "#1f4e9c", "Iran-aligned": "#2ca02c", "Syrian government": "#d62728",
    "Russia": "#8c564b", "ISIS": "#111111", "Turkey": "#ff7f0e", "Israel": "#0f8b8d",
    "Syrian opposition": "#9467bd", "Iraqi government": "#bcbd22", "Kurdistan Region": "#e6ab02",
    "PKK": "#a6761d", "Houthis": "#66a61e", "Saudi-led coalition": "#7b3294",
    "NATO": "#3f5f8a", "Hamas": "#1b7837", "Palestinian Islamic Jihad": "#5aae61",
    "Fatah": "#c51b7d", "HTS": "#543005", "al-Qaeda": "#4d4d4d", "Taliban": "#8e0152",
    "al-Shabaab": "#b35806", "Boko Haram": "#7f3b08", "Libyan National Army": "#b2182b",
    "Civilians": "#e377c2", UNKNOWN: UNKNOWN_COLOR,
}
ACTOR_COLORS = {  # the actors most incidents name; others follow PALETTE by hash
    "US forces": "#1f4e9c", "International coalition": "#4a78c2", "SDF": "#e6ab02",
    "Iran-backed militias": "#2ca02c", "IRGC": "#006d2c", "Hezbollah": "#74c476",
    "Syrian government forces": "#d62728", "Russian forces": "#8c564b", "ISIS": "#111111",
    "Turkish forces": "#ff7f0e", "Israeli forces": "#0f8b8d",
    "Syrian opposition factions": "#9467bd", "Iraqi security forces": "#bcbd22",
    "Peshmerga": "#fdae61", "PKK": "#a6761d", "Houthis": "#66a61e",
    "Saudi-led coalition": "#7b3294", "Yemeni government forces": "#c2a5cf",
    "al-Qaeda": "#4d4d4d", "Civilians": "#e377c2", UNKNOWN: UNKNOWN_COLOR,
}
# saturated or dark colours, far from the basemap's light blue, grey and beige
PALETTE = ("#e41a1c", "#377eb8", "#4daf4a", "#984ea3", "#ff7f00", "#a65628", "#f781bf",
           "#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02", "#a6761d",
           "#b15928", "#6a3d9a", "#33a02c", "#fb9a99", "#cab2d6", "#bc80bd",
           "#fdb462", "#b3de69", "#fb8072", "#01665e", "#8c510a", "#762a83")


# "Other" (the map's and timeline's merged small groups): a muted khaki, no bloc's colour
OTHER = "Other"
OTHER_COLOR = "#9a9a6a"
# a hashed name never takes a colour a named bloc or actor has (on the corpus map "Saudi Arabia
# government" hashed to the Kurdistan Region's gold, beside a yellow "Other")
FREE_PALETTE = tuple(c for c in PALETTE if c not in {*BLOC_COLORS.values(), *ACTOR_COLORS.values(), OTHER_COLOR})


def color_of(name) -> str:
    """The colour of one bloc, actor or category: fixed, else by hash."""
    key = str(name) if name is not None else UNKNOWN
    if key in BLOC_COLORS:
        return BLOC_COLORS[key]
    if key in ACTOR_COLORS:
        return ACTOR_COLORS[key]
    if key == OTHER:
        return OTHER_COLOR
    return FREE_PALETTE[zlib.crc32(key.encode("utf-8")) % len(FREE_PALETTE)]


def colors_for(groups) -> dict[str, str]:
    return {g: color_of(g) for g in set(groups)}


def drawing_order(groups) -> list:
    """Unknown first (drawn under the rest, at the bottom of a stack), then by name."""
    return sorted(set(groups), key=lambda g: (g != UNKNOWN, str(g)))
